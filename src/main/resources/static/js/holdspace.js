// Holdspace page behaviour. Served from the app itself; the Content-Security-Policy forbids inline script.
(function () {
  'use strict';

  // A second tap on a submit button must not send the form twice. The server guards this too
  // (creation tokens), this just keeps the screen honest while the first submission is on its way.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    if (form.method.toLowerCase() !== 'post') {
      return;
    }
    if (form.dataset.submitting === 'true') {
      event.preventDefault();
      return;
    }
    form.dataset.submitting = 'true';
    form.querySelectorAll('button[type="submit"]').forEach(function (button) {
      button.setAttribute('aria-busy', 'true');
    });
  });

  // Coming back with the browser's back button must leave the form usable again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-submitting]').forEach(function (form) {
      delete form.dataset.submitting;
      form.querySelectorAll('[aria-busy]').forEach(function (button) {
        button.removeAttribute('aria-busy');
      });
    });
  });

  // Bring the error summary into view so a long form's problems are not missed.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
