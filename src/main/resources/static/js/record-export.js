// A copy of the whole record being written: asks how far it has got every two seconds and swaps the
// progress in; once it is written (or has failed) the page is loaded again with what can be done
// next. Without script the page's "Check again" link does the same. No inline script (CSP).
(function () {
  'use strict';

  var POLL_MS = 2000;
  var progress = document.getElementById('export-progress');
  if (!progress || progress.dataset.underWay !== 'true') {
    return;
  }
  var url = progress.dataset.progressUrl;
  var timer = null;

  function ask() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html', 'X-Holdspace-Fragment': 'progress' } })
      .then(function (response) {
        return response.ok && !response.redirected ? response.text() : null;
      })
      .then(function (html) {
        if (!html) {
          timer = window.setTimeout(ask, POLL_MS);
          return;
        }
        var holder = document.createElement('div');
        holder.innerHTML = html; // rendered and escaped by the server
        var fresh = holder.querySelector('#export-progress');
        if (fresh && fresh.dataset.underWay !== 'true') {
          window.location.reload();
          return;
        }
        var current = document.getElementById('export-progress');
        if (fresh && current && fresh.innerHTML !== current.innerHTML) {
          current.innerHTML = fresh.innerHTML;
        }
        timer = window.setTimeout(ask, POLL_MS);
      })
      .catch(function () {
        timer = window.setTimeout(ask, POLL_MS);
      });
  }

  timer = window.setTimeout(ask, POLL_MS);
  window.addEventListener('pagehide', function () {
    if (timer) {
      window.clearTimeout(timer);
    }
  });
}());
