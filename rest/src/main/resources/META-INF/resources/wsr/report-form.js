/*
 * Weekly Sales Review: the rep's pages — create or continue a report, the data form (editable
 * tables, money read by the server as it is typed, errors beside their fields, saved state, no
 * lost changes), submit through the self-check, problems tracked as items, item status changes.
 * Every number and every check is the server's; this file only moves values between inputs and JSON.
 */
(function () {
  'use strict';

  function send(method, url, body) {
    return fetch(url, {
      method: method, credentials: 'same-origin',
      // The browser's own Accept-Language goes along: messages come in the language the page is in.
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) { return { status: r.status, body: j }; });
    });
  }

  function messages(body) {
    return (body && body.errors ? body.errors : []).map(function (e) { return e.message; }).join(' ');
  }

  /* ---------- money: the server reads what the rep types ---------- */

  function readAmounts(api, texts) {
    return send('POST', api + '/amounts', { texts: texts }).then(function (r) {
      return r.status === 200 ? r.body.items : null;
    });
  }

  function fieldBox(input) { return input.closest('td') || input.closest('.wsr-field'); }

  function showError(input, message) {
    var box = fieldBox(input);
    var slot = box ? box.querySelector('.wsr-field-error') : null;
    if (slot) { slot.textContent = message || ''; }
    input.classList.toggle('wsr-invalid', !!message);
    if (message) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
  }

  function showParsed(input, item) {
    var box = fieldBox(input);
    var out = box ? box.querySelector('.wsr-parsed') : null;
    if (out) { out.textContent = item && item.display ? '= ' + item.display : ''; }
    showError(input, item && item.message ? item.message : '');
  }

  function watchMoney(api, input) {
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        readAmounts(api, [input.value]).then(function (items) { if (items) { showParsed(input, items[0]); } });
      }, 250);
    });
  }

  /* ---------- the data form ---------- */

  function plainNumber(text) {
    var t = text.trim();
    if (t === '') { return undefined; }
    return /^-?[0-9]+(\.[0-9]+)?$/.test(t) ? Number(t) : t;   // a word goes to the server, which names the field
  }

  function setUpForm(form, report) {
    if (!form || form.dataset.ready) { return; }
    form.dataset.ready = 'true';
    var api = report.dataset.api;
    var status = document.getElementById('wsr-form-status');
    var dirty = false;
    var setStatus = function (text, cls) { status.textContent = text; status.className = 'wsr-form-status ' + (cls || ''); };
    var markDirty = function () { if (!dirty) { dirty = true; setStatus(form.dataset.labelUnsaved, 'wsr-unsaved'); } };

    form.querySelectorAll('input[data-money]').forEach(function (i) { watchMoney(api, i); });
    form.addEventListener('input', markDirty);
    form.addEventListener('change', markDirty);
    window.addEventListener('beforeunload', function (e) {
      if (dirty) { e.preventDefault(); e.returnValue = form.dataset.labelLeave; return form.dataset.labelLeave; }
    });

    form.addEventListener('click', function (e) {
      var add = e.target.closest('.wsr-add-row');
      if (add) {
        var table = form.querySelector('table[data-list="' + add.dataset.for + '"]');
        var row = table.querySelector('template').content.firstElementChild.cloneNode(true);
        table.querySelector('tbody').appendChild(row);
        row.querySelectorAll('input[data-money]').forEach(function (i) { watchMoney(api, i); });
        var first = row.querySelector('input,select');
        if (first) { first.focus(); }
        markDirty();
      }
      var remove = e.target.closest('.wsr-remove-row');
      if (remove) { remove.closest('tr').remove(); markDirty(); }
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var money = Array.prototype.slice.call(form.querySelectorAll('input[data-money]'));
      form.querySelectorAll('.wsr-field-error').forEach(function (s) { s.textContent = ''; });
      form.querySelectorAll('.wsr-invalid').forEach(function (i) { i.classList.remove('wsr-invalid'); });
      setStatus(form.dataset.labelSaving, '');
      readAmounts(api, money.map(function (i) { return i.value; })).then(function (items) {
        if (!items) { setStatus(form.dataset.labelErrors, 'wsr-unsaved'); return; }
        var amounts = new Map();
        var bad = false;
        money.forEach(function (input, k) {
          showParsed(input, items[k]);
          if (items[k].message) { bad = true; }
          amounts.set(input, items[k].amount === null ? undefined : items[k].amount);
        });
        if (bad) { setStatus(form.dataset.labelErrors, 'wsr-unsaved'); return; }
        save(form, report, amounts, setStatus, function () { dirty = false; });
      });
    });
  }

  function value(input, amounts) {
    if (input.type === 'checkbox') { return input.checked; }
    if (input.dataset.money) { return amounts.get(input); }
    if (input.dataset.number) { return plainNumber(input.value); }
    var t = input.value.trim();
    return t === '' ? undefined : t;
  }

  function rows(form, list, amounts) {
    var table = form.querySelector('table[data-list="' + list + '"]');
    return Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      var row = {};
      tr.querySelectorAll('[data-key]').forEach(function (i) {
        var v = value(i, amounts);
        if (v !== undefined) { row[i.dataset.key] = v; }
      });
      return row;
    });
  }

  function single(form, path, amounts) {
    var input = form.querySelector('[data-path="' + path + '"]');
    return input ? value(input, amounts) : undefined;
  }

  function save(form, report, amounts, setStatus, clean) {
    var data = { owner: report.dataset.owner, week: report.dataset.week };
    var target = single(form, 'sales.target', amounts);
    var attributions = rows(form, 'sales.gapAttributions', amounts);
    if (target !== undefined || attributions.length) {
      data.sales = { actual: Number(form.dataset.actual), gapAttributions: attributions };
      if (target !== undefined) { data.sales.target = target; }
    }
    data.newCustomers = rows(form, 'newCustomers', amounts);
    var costs = {};
    ['exhibition', 'referral', 'online'].forEach(function (c) {
      var v = single(form, 'channelCosts.' + c, amounts); if (v !== undefined) { costs[c] = v; } });
    if (Object.keys(costs).length) { data.channelCosts = costs; }
    var q = {};
    ['satisfaction', 'collaboration', 'responseHours'].forEach(function (k) {
      var v = single(form, 'qualitative.' + k, amounts); if (v !== undefined) { q[k] = v; } });
    if (Object.keys(q).length) { data.qualitative = q; }
    data.feedback = rows(form, 'feedback', amounts).filter(function (f) { return f.text !== undefined; });
    data.problems = rows(form, 'problems', amounts);
    if (form.querySelector('table[data-list="planCheck"]')) { data.planCheck = rows(form, 'planCheck', amounts); }
    var planTarget = single(form, 'plan.target', amounts);
    var split = rows(form, 'plan.split', amounts);
    if (planTarget !== undefined || split.length) {
      data.plan = { split: split };
      if (planTarget !== undefined) { data.plan.target = planTarget; }
    }
    send('PUT', report.dataset.api + '/reports/' + report.dataset.report + '/data', data).then(function (r) {
      if (r.status === 200) {
        clean();
        setStatus(form.dataset.labelSaved, 'wsr-saved');
        sessionStorage.setItem('wsr-saved', report.dataset.report);
        window.location.reload();
        return;
      }
      var general = [];
      (r.body.errors || []).forEach(function (e) {
        var input = locate(form, e.field);
        if (input) { showError(input, e.message); } else { general.push(e.message); }
      });
      document.getElementById('wsr-form-errors').textContent = general.join(' ');
      setStatus(form.dataset.labelErrors, 'wsr-unsaved');
      var first = form.querySelector('.wsr-invalid');
      if (first) { first.focus(); }
    });
  }

  /** Finds the input of a server path: sales.target, newCustomers[1].channel, plan.split[0].amount. */
  function locate(form, path) {
    var m = /^(.*)\[(\d+)\]\.([A-Za-z]+)$/.exec(path || '');
    if (m) {
      var table = form.querySelector('table[data-list="' + m[1] + '"]');
      var tr = table ? table.querySelectorAll('tbody tr')[Number(m[2])] : null;
      return tr ? tr.querySelector('[data-key="' + m[3] + '"]') : null;
    }
    var row = /^(.*)\[(\d+)\]$/.exec(path || '');
    if (row) {
      var t = form.querySelector('table[data-list="' + row[1] + '"]');
      var r = t ? t.querySelectorAll('tbody tr')[Number(row[2])] : null;
      return r ? r.querySelector('[data-key]') : null;
    }
    return form.querySelector('[data-path="' + path + '"]');
  }

  /* ---------- submit through the self-check; problems tracked as items ---------- */

  function setUpReport(report) {
    if (!report || report.dataset.ready) { return; }
    report.dataset.ready = 'true';
    var api = report.dataset.api;
    var form = document.getElementById('wsr-form');
    if (form) { setUpForm(form, report); }
    if (sessionStorage.getItem('wsr-saved') === report.dataset.report && form) {
      sessionStorage.removeItem('wsr-saved');
      var status = document.getElementById('wsr-form-status');
      status.textContent = form.dataset.labelSaved;
      status.className = 'wsr-form-status wsr-saved';
    }
    var open = document.getElementById('wsr-submit');
    var panel = document.getElementById('wsr-selfcheck');
    if (open && panel) {
      var confirm = document.getElementById('wsr-confirm-submit');
      var checks = panel.querySelectorAll('.wsr-check');
      open.addEventListener('click', function () { panel.hidden = false; panel.scrollIntoView(); });
      document.getElementById('wsr-cancel-submit').addEventListener('click', function () { panel.hidden = true; });
      panel.addEventListener('change', function () {
        confirm.disabled = Array.prototype.some.call(checks, function (c) { return !c.checked; });
      });
      confirm.addEventListener('click', function () {
        confirm.disabled = true;
        var url = api + '/reports/' + report.dataset.report + '/transitions';
        send('POST', url, { action: 'submit' }).then(function (r) {
          return r.status === 200 ? send('POST', url, { action: 'selfCheck' }) : r;
        }).then(function (r) {
          if (r.status === 200) { window.location.reload(); return; }
          document.getElementById('wsr-submit-error').textContent = messages(r.body);
          confirm.disabled = false;
        });
      });
    }
    report.querySelectorAll('.wsr-track').forEach(function (button) {
      button.addEventListener('click', function () {
        button.disabled = true;
        var item = { type: 'problem', title: button.dataset.title, owner: button.dataset.owner || report.dataset.owner,
          reportId: Number(report.dataset.report), cause: 'controllable', verification: button.dataset.verification };
        if (button.dataset.deadline) { item.deadline = button.dataset.deadline; }
        send('POST', api + '/items', item).then(function (r) {
          if (r.status === 201) { window.location.reload(); return; }
          button.nextElementSibling.textContent = messages(r.body);
          button.disabled = false;
        });
      });
    });
  }

  /* ---------- My week: create or continue, item status, new item ---------- */

  function setUpWeek(week) {
    if (!week || week.dataset.ready) { return; }
    week.dataset.ready = 'true';
    var api = week.dataset.api;
    var create = document.getElementById('wsr-create');
    if (create) {
      create.addEventListener('click', function () {
        create.disabled = true;
        send('POST', api + '/reports', { owner: week.dataset.owner, week: week.dataset.week }).then(function (r) {
          if (r.status === 200 || r.status === 201) { window.location.href = week.dataset.base + r.body.pageUrl; return; }
          document.getElementById('wsr-create-error').textContent = messages(r.body);
          create.disabled = false;
        });
      });
    }
    week.querySelectorAll('.wsr-item-step').forEach(function (b) {
      b.addEventListener('click', function () {
        b.disabled = true;
        send('POST', api + '/items/' + b.dataset.item + '/transitions', { to: b.dataset.to }).then(function (r) {
          if (r.status === 200) { window.location.reload(); return; }
          b.parentNode.querySelector('.wsr-msg-error').textContent = messages(r.body);
          b.disabled = false;
        });
      });
    });
    var filter = document.getElementById('wsr-item-filter');
    if (filter) {
      filter.addEventListener('change', function () {
        var want = filter.value;
        week.querySelectorAll('tr[data-status]').forEach(function (tr) {
          tr.hidden = !(want === 'all' || tr.dataset.status === want || (want === 'overdue' && tr.dataset.overdue === 'true')
            || (want === 'notdone' && tr.dataset.finished === 'false'));
        });
      });
      filter.dispatchEvent(new Event('change'));
      // Arriving at one item (a report's "tracked" badge): show it even when the filter hides it.
      var target = window.location.hash.indexOf('#wsr-item-') === 0 ? document.getElementById(window.location.hash.substring(1)) : null;
      if (target && target.hidden) {
        filter.value = 'all';
        filter.dispatchEvent(new Event('change'));
        target.scrollIntoView({ block: 'center' });
      }
    }
    var newItem = document.getElementById('wsr-new-item');
    if (newItem) {
      newItem.addEventListener('submit', function (e) {
        e.preventDefault();
        var get = function (k) { return newItem.querySelector('[name="' + k + '"]').value.trim(); };
        var body = { type: get('type'), title: get('title'), owner: week.dataset.owner, cause: get('cause'),
          verification: get('verification') };
        if (get('deadline')) { body.deadline = get('deadline'); }
        newItem.querySelectorAll('.wsr-field-error').forEach(function (s) { s.textContent = ''; });
        send('POST', api + '/items', body).then(function (r) {
          if (r.status === 201) { window.location.reload(); return; }
          (r.body.errors || []).forEach(function (er) {
            var input = newItem.querySelector('[name="' + er.field + '"]');
            var slot = input ? input.parentNode.parentNode.querySelector('.wsr-field-error') : document.getElementById('wsr-new-item-error');
            slot.textContent = er.message;
          });
        });
      });
    }
  }

  function setUpNew(form) {
    if (!form || form.dataset.ready) { return; }
    form.dataset.ready = 'true';
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      send('POST', form.dataset.api + '/reports', {
        owner: document.getElementById('wsr-new-owner').value, week: document.getElementById('wsr-new-week').value
      }).then(function (r) {
        if (r.status === 200 || r.status === 201) {
          window.location.href = form.dataset.base + r.body.pageUrl;
        } else {
          document.getElementById('wsr-new-error').textContent = messages(r.body);
        }
      });
    });
  }

  setUpReport(document.getElementById('wsr-report'));
  setUpWeek(document.getElementById('wsr-week'));
  setUpNew(document.getElementById('wsr-new'));
})();
