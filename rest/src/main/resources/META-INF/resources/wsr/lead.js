/* Weekly Sales Review: the review panel's steps and scores, reminders, sortable rollup (no inline script: CSP). */
(function () {
  'use strict';
  if (window.wsrLeadReady) { return; }
  window.wsrLeadReady = true;

  function call(api, method, url, body) {
    return fetch(api + url, {
      method: method, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json',
        'Accept-Language': (document.documentElement.lang || navigator.language || 'en').replace('_', '-') },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) {
        if (!r.ok) {
          var errors = (json && json.errors) || [];
          throw new Error(errors.map(function (e) { return e.message; }).join(' ') || String(r.status));
        }
        return json;
      });
    });
  }

  function ready(fn) {
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', fn); } else { fn(); }
  }

  ready(function () {
    var review = document.getElementById('wsr-review');
    if (review) {
      var api = review.dataset.api, id = review.dataset.report;
      var error = document.getElementById('wsr-review-error');
      var fail = function (e) { error.textContent = e.message; };
      var rubric = document.getElementById('wsr-rubric');
      if (rubric) {
        rubric.addEventListener('submit', function (event) {
          event.preventDefault();
          var scores = {};
          ['logic', 'depth', 'feasibility'].forEach(function (k) {
            var input = rubric.querySelector('[name="' + k + '"]');
            scores[k] = input && input.value !== '' ? Number(input.value) : null;
          });
          call(api, 'PUT', '/reports/' + id + '/rubric', scores).then(function () { window.location.reload(); }, fail);
        });
      }
      Array.prototype.forEach.call(review.querySelectorAll('.wsr-step'), function (button) {
        button.addEventListener('click', function () {
          var action = button.dataset.action, body = { action: action };
          if (action === 'return') {
            var reason = document.getElementById('wsr-return-reason-input');
            body.comment = reason.value;
            if (!reason.value.trim()) { reason.focus(); }
          }
          button.disabled = true;
          call(api, 'POST', '/reports/' + id + '/transitions', body).then(function () {
            window.location.reload();
          }, function (e) { button.disabled = false; fail(e); });
        });
      });
    }

    var inbox = document.getElementById('wsr-inbox');
    if (inbox) {
      Array.prototype.forEach.call(inbox.querySelectorAll('.wsr-remind'), function (button) {
        button.addEventListener('click', function () {
          button.disabled = true;
          call(inbox.dataset.api, 'POST', '/reminders/nudges', { owner: button.dataset.owner, week: button.dataset.week })
            .then(function () { window.location.reload(); }, function (e) { button.disabled = false; button.title = e.message; });
        });
      });
    }

    var table = document.getElementById('wsr-region-table');
    if (table) {
      var value = function (row, i, numeric) {
        var cell = row.cells[i];
        if (!cell) { return numeric ? -1 : ''; }
        var v = cell.getAttribute('data-sort-value') || cell.textContent.replace(/[^0-9.\-]/g, '');
        return numeric ? (parseFloat(v) || 0) : cell.textContent.trim();
      };
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
        th.style.cursor = 'pointer';
        th.setAttribute('tabindex', '0');
        var sort = function () {
          var numeric = th.dataset.sort === 'num', down = th.dataset.dir !== 'down';
          th.dataset.dir = down ? 'down' : 'up';
          var cmp = function (a, b) {
            var x = value(a, i, numeric), y = value(b, i, numeric);
            var c = numeric ? x - y : String(x).localeCompare(String(y));
            return down ? -c : c;
          };
          var groups = Array.prototype.slice.call(table.tBodies);
          groups.sort(function (a, b) { return cmp(a.rows[0], b.rows[0]); });
          groups.forEach(function (tbody) {
            var rows = Array.prototype.slice.call(tbody.rows);
            var region = rows.shift(), out = [region], team = null, people = [];
            var flush = function () { if (team) { out.push(team); people.sort(cmp).forEach(function (p) { out.push(p); }); } };
            rows.forEach(function (r) {
              if (r.dataset.level === 'team') { flush(); team = r; people = []; } else { people.push(r); }
            });
            flush();
            out.forEach(function (r) { tbody.appendChild(r); });
            table.insertBefore(tbody, table.tFoot);
          });
        };
        th.addEventListener('click', sort);
        th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
      });
    }
  });
})();
