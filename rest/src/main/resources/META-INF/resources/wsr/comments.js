/* Weekly Sales Review: inline comments anchored to a passage of the report page. */
(function () {
  'use strict';
  var root = document.getElementById('wsr-comments');
  if (!root || root.dataset.ready) { return; }
  root.dataset.ready = 'true';
  var api = root.dataset.api;
  var report = root.dataset.report;
  // The page body: JSPWiki's .page-content, Confluence's #main-content .wiki-content.
  var content = document.querySelector('.page-content') || document.querySelector('#main-content.wiki-content') || document.body;

  function call(method, url, body) {
    return fetch(api + url, {
      method: method, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': navigator.language || 'en' },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) { return r.json(); });
  }

  function squeeze(s) { return s.replace(/\s+/g, ''); }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  /* Marks the n-th occurrence of a passage when it lies inside one text node. */
  function highlight(text, occurrence, id) {
    var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, null);
    var seen = 0, node;
    while ((node = walker.nextNode())) {
      if (root.contains(node)) { continue; }
      var from = 0, at;
      while ((at = node.nodeValue.indexOf(text, from)) >= 0) {
        seen++;
        if (seen === occurrence) {
          var range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          var mark = el('mark', { 'class': 'wsr-highlight', 'data-thread': id });
          range.surroundContents(mark);
          return;
        }
        from = at + 1;
      }
    }
  }

  function render(threads) {
    var list = document.getElementById('wsr-threads');
    list.textContent = '';
    threads.forEach(function (t) {
      var box = el('div', { 'class': 'wsr-thread', 'data-thread': t.id,
        'data-resolved': String(t.resolved), 'data-detached': String(!!t.detached) });
      if (t.anchor) { box.appendChild(el('blockquote', {}, t.anchor.text)); }
      box.appendChild(el('p', { 'class': 'wsr-comment' }, t.author + ': ' + t.body));
      (t.replies || []).forEach(function (r) {
        box.appendChild(el('p', { 'class': 'wsr-reply' }, '\u21b3 ' + r.author + ': ' + r.body));
      });
      if (t.detached) { box.appendChild(el('p', { 'class': 'wsr-detached' }, root.dataset.labelDetached)); }
      if (t.resolved) { box.appendChild(el('p', { 'class': 'wsr-resolved' }, root.dataset.labelResolved)); }
      var input = el('textarea', { 'class': 'wsr-reply-body', rows: '2', cols: '60' });
      var reply = el('button', { 'class': 'btn btn-default wsr-reply-button', type: 'button' }, root.dataset.labelReply);
      reply.addEventListener('click', function () {
        call('POST', '/comments/' + t.id + '/replies', { body: input.value }).then(load);
      });
      var toggle = el('button', { 'class': 'btn btn-default wsr-resolve-button', type: 'button' },
        t.resolved ? root.dataset.labelReopen : root.dataset.labelResolve);
      toggle.addEventListener('click', function () {
        call('PUT', '/comments/' + t.id + '/resolved', { resolved: !t.resolved }).then(load);
      });
      box.appendChild(input);
      box.appendChild(reply);
      box.appendChild(toggle);
      list.appendChild(box);
      if (t.anchor && !t.detached && !content.querySelector('mark[data-thread="' + t.id + '"]')) {
        highlight(t.anchor.text, t.anchor.occurrence, t.id);
      }
    });
  }

  function load() { return call('GET', '/reports/' + report + '/comments').then(render); }

  var button = el('button', { id: 'wsr-comment-button', 'class': 'btn btn-primary', type: 'button',
    style: 'position:absolute;display:none;z-index:1000' }, root.dataset.labelComment);
  var form = el('div', { id: 'wsr-comment-form', style: 'display:none' });
  var body = el('textarea', { id: 'wsr-comment-body', rows: '3', cols: '60' });
  var submit = el('button', { id: 'wsr-comment-submit', 'class': 'btn btn-primary', type: 'button' },
    root.dataset.labelComment);
  form.appendChild(body);
  form.appendChild(submit);
  root.insertBefore(form, root.firstChild.nextSibling);
  document.body.appendChild(button);
  var pending = null;

  document.addEventListener('mouseup', function (event) {
    var selection = window.getSelection();
    var text = selection ? selection.toString().trim() : '';
    if (!text || root.contains(selection.anchorNode) || !content.contains(selection.anchorNode)) { return; }
    var before = document.createRange();
    before.setStart(content, 0);
    before.setEnd(selection.getRangeAt(0).startContainer, selection.getRangeAt(0).startOffset);
    var prefix = squeeze(before.toString()), passage = squeeze(text), occurrence = 1, from = 0, at;
    while ((at = prefix.indexOf(passage, from)) >= 0) { occurrence++; from = at + 1; }
    pending = { text: text, occurrence: occurrence };
    button.style.left = (event.pageX + 8) + 'px';
    button.style.top = (event.pageY + 8) + 'px';
    button.style.display = 'block';
  });
  button.addEventListener('click', function () {
    button.style.display = 'none';
    form.style.display = 'block';
    body.focus();
  });
  submit.addEventListener('click', function () {
    if (!pending) { return; }
    call('POST', '/reports/' + report + '/comments', { anchor: pending, body: body.value }).then(function () {
      pending = null;
      body.value = '';
      form.style.display = 'none';
      return load();
    });
  });
  load();
})();
