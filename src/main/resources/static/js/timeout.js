// The warning before an idle sign-in ends: two minutes ahead, with "stay signed in". When the time
// is up the page reloads, the server asks for a sign-in and then comes back here, where the
// autosave puts back anything that was being typed.
(function () {
  'use strict';

  var WARN_AHEAD_MS = 2 * 60 * 1000;
  var warning = document.getElementById('timeout-warning');
  if (!warning) {
    return;
  }
  var idleMs = Number(warning.dataset.idleSeconds) * 1000;
  if (!(idleMs > WARN_AHEAD_MS)) {
    return; // a page without the limit on it (an error page, say): nothing to count down
  }
  var warnTimer = null;
  var endTimer = null;

  function restart() {
    window.clearTimeout(warnTimer);
    window.clearTimeout(endTimer);
    warning.hidden = true;
    warnTimer = window.setTimeout(function () {
      warning.hidden = false;
      warning.querySelector('[data-stay]').focus();
    }, Math.max(idleMs - WARN_AHEAD_MS, 0));
    // a moment after the server has ended it, so the reload meets the sign-in page
    endTimer = window.setTimeout(function () { window.location.reload(); }, idleMs + 2000);
  }

  var lastKeptAlive = Date.now();

  function keepAlive(reloadIfEnded) {
    lastKeptAlive = Date.now();
    var csrf = document.querySelector('input[name="_csrf"]');
    fetch(warning.dataset.keepAliveUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-CSRF-TOKEN': csrf ? csrf.value : '' }
    }).then(function (response) {
      if (response.ok) {
        restart();
      } else if (reloadIfEnded) {
        window.location.reload();
      }
    }).catch(function () { /* offline: the warning stays up */ });
  }

  warning.querySelector('[data-stay]').addEventListener('click', function () { keepAlive(true); });

  // typing is activity: a person writing a long note is not idle, even in a form that is only
  // sent at the end (at most one keep-alive a minute)
  document.addEventListener('input', function () {
    if (Date.now() - lastKeptAlive >= 60 * 1000) {
      keepAlive(false);
    }
  });

  // every request a script sends (an autosave, a one-tap entry) counts as activity too
  document.addEventListener('holdspace:server-reached', restart);
  restart();
})();
