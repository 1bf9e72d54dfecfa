/* Weekly Sales Review: the new-report button and the report data form. All checks are the REST API's. */
(function () {
  'use strict';

  function send(method, url, body) {
    return fetch(url, {
      method: method, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': navigator.language || 'en' },
      body: JSON.stringify(body)
    }).then(function (r) { return r.json().then(function (j) { return { status: r.status, body: j }; }); });
  }

  function lines(text) {
    return text.split('\n').map(function (l) { return l.trim(); }).filter(function (l) { return l.length > 0; });
  }

  function cells(line) {
    return line.split(/[,，]/).map(function (c) { return c.trim(); });
  }

  function number(text) {
    if (text === '' || text === undefined) { return undefined; }
    var n = Number(text);
    return isNaN(n) ? text : n;
  }

  function setUp(form) {
    if (!form || form.dataset.ready) { return; }
    form.dataset.ready = 'true';
    var field = function (name) { return form.querySelector('[data-field="' + name + '"]'); };
    var data = JSON.parse(document.getElementById('wsr-form-data').textContent);
    var put = function (name, value) { var f = field(name); if (f && value !== undefined && value !== null) { f.value = value; } };
    if (data.sales) {
      put('sales.target', data.sales.target);
      put('sales.gapAttributions', (data.sales.gapAttributions || []).map(function (a) {
        return [a.customer, a.amount, a.reason].join(', '); }).join('\n'));
    }
    put('newCustomers', (data.newCustomers || []).map(function (c) {
      return [c.name, c.budget, c.channel, c.converted ? 'yes' : 'no', c.firstDealDays].join(', '); }).join('\n'));
    if (data.qualitative) {
      put('qualitative.satisfaction', data.qualitative.satisfaction);
      put('qualitative.collaboration', data.qualitative.collaboration);
      put('qualitative.responseHours', data.qualitative.responseHours);
    }
    if (data.channelCosts) {
      ['exhibition', 'referral', 'online'].forEach(function (c) { put('channelCosts.' + c, data.channelCosts[c]); });
    }
    put('feedback', (data.feedback || []).map(function (f) { return f.text; }).join('\n'));
    put('problems', (data.problems || []).map(function (p) {
      return [p.phenomenon, p.impact, p.rootCause, p.owner, p.deadline].join(', '); }).join('\n'));
    if (data.plan) {
      put('plan.target', data.plan.target);
      put('plan.split', (data.plan.split || []).map(function (s) {
        return [s.person, s.amount, s.action, s.deadline].join(', '); }).join('\n'));
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var report = JSON.parse(JSON.stringify(data));
      report.owner = form.dataset.owner;
      report.week = form.dataset.week;
      var target = number(field('sales.target').value);
      var actual = data.sales && data.sales.actual !== undefined ? data.sales.actual : 0;
      if (target !== undefined) {
        report.sales = { target: target, actual: actual, gapAttributions: lines(field('sales.gapAttributions').value).map(function (l) {
          var c = cells(l); return { customer: c[0], amount: number(c[1]), reason: c.slice(2).join(', ') }; }) };
      } else { delete report.sales; }
      report.newCustomers = lines(field('newCustomers').value).map(function (l) {
        var c = cells(l);
        return { name: c[0], budget: number(c[1]), channel: c[2], converted: /^(yes|true|是|1)$/i.test(c[3] || ''),
          firstDealDays: number(c[4]) };
      });
      var q = {};
      ['satisfaction', 'collaboration', 'responseHours'].forEach(function (k) {
        var v = number(field('qualitative.' + k).value); if (v !== undefined) { q[k] = v; } });
      if (Object.keys(q).length) { report.qualitative = q; } else { delete report.qualitative; }
      var costs = {};
      ['exhibition', 'referral', 'online'].forEach(function (k) {
        var v = number(field('channelCosts.' + k).value); if (v !== undefined) { costs[k] = v; } });
      if (Object.keys(costs).length) { report.channelCosts = costs; } else { delete report.channelCosts; }
      report.feedback = lines(field('feedback').value).map(function (t) { return { text: t }; });
      report.problems = lines(field('problems').value).map(function (l) {
        var c = cells(l); return { phenomenon: c[0], impact: c[1], rootCause: c[2], owner: c[3], deadline: c[4] || undefined }; });
      var planTarget = number(field('plan.target').value);
      if (planTarget !== undefined) {
        report.plan = { target: planTarget, split: lines(field('plan.split').value).map(function (l) {
          var c = cells(l); return { person: c[0], amount: number(c[1]), action: c[2], deadline: c[3] || undefined }; }) };
      } else { delete report.plan; }
      var errors = document.getElementById('wsr-form-errors');
      var saved = document.getElementById('wsr-form-saved');
      errors.style.display = 'none';
      saved.style.display = 'none';
      send('PUT', form.dataset.api + '/reports/' + form.dataset.report + '/data', report).then(function (r) {
        if (r.status === 200) {
          saved.style.display = 'block';
          window.location.reload();
        } else {
          errors.textContent = (r.body.errors || []).map(function (e) { return e.field + ': ' + e.message; }).join('; ');
          errors.style.display = 'block';
        }
      });
    });
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
          document.getElementById('wsr-new-error').textContent = (r.body.errors || []).map(function (e) {
            return e.field + ': ' + e.message; }).join('; ');
        }
      });
    });
  }

  setUp(document.getElementById('wsr-form'));
  setUpNew(document.getElementById('wsr-new'));
})();
