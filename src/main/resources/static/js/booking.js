// The booking form: choosing another session or therapist shows that choice's first free times at
// once. The page is asked for again with the choice; nothing typed is lost, since what is kept is
// only what the choice changes, and a date or time already picked stays.
(function () {
  'use strict';

  var form = document.getElementById('booking-form');
  if (!form || !form.dataset.refresh) {
    return;
  }
  var KEPT = ['clientId', 'sessionTypeId', 'therapistId', 'roomId', 'date', 'time', 'site'];

  function refresh() {
    var url = new URL(form.dataset.refresh, window.location.href);
    var data = new FormData(form);
    KEPT.forEach(function (name) {
      var value = data.get(name);
      if (value) {
        url.searchParams.set(name, value);
      }
    });
    window.location.assign(url.toString());
  }

  form.querySelectorAll('input[name="sessionTypeId"], select[name="therapistId"]').forEach(function (field) {
    field.addEventListener('change', refresh);
  });
}());
