// The booking form: choosing another session or therapist shows that choice's first free times at
// once. The page is asked for again with the choice; nothing typed is lost, since what is kept is
// only what the choice changes, and a date or time already picked stays.
(function () {
  'use strict';

  var form = document.getElementById('booking-form');
  if (!form || !form.dataset.refresh) {
    return;
  }
  var KEPT = ['clientId', 'sessionTypeId', 'therapistId', 'roomId', 'date', 'time'];

  function refresh(event) {
    var url = new URL(form.dataset.refresh, window.location.href);
    var data = new FormData(form);
    KEPT.forEach(function (name) {
      // another therapist may work at another site: their room is chosen afresh
      var value = (name === 'roomId' && event.target.name === 'therapistId') ? null : data.get(name);
      if (value) {
        url.searchParams.set(name, value);
      }
    });
    // a therapist chosen belongs to a site, and a site sent along would clear the choice; with
    // nobody chosen, the site switched to stays
    if (!data.get('therapistId') && data.get('site')) {
      url.searchParams.set('site', data.get('site'));
    }
    window.location.assign(url.toString());
  }

  form.querySelectorAll('input[name="sessionTypeId"], select[name="therapistId"]').forEach(function (field) {
    field.addEventListener('change', refresh);
  });
}());
