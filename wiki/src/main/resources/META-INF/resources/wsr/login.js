// Shows why the log-in page came back: a wrong password, or too many failures (minutes left).
(function () {
  var params = new URLSearchParams(location.search);
  if (params.has('error')) {
    document.getElementById('error').hidden = false;
  }
  var locked = params.get('locked');
  if (locked && /^[0-9]{1,3}$/.test(locked)) {
    document.getElementById('locked').hidden = false;
    document.querySelectorAll('.locked-minutes').forEach(function (span) { span.textContent = locked; });
  }
})();
