// Uploads a case document through the REST API with a progress bar; the server checks everything again.
(function () {
  'use strict';
  var form = document.getElementById('upload');
  if (!form) { return; }
  var status = document.getElementById('u-status');
  var progress = document.getElementById('u-progress');
  function list(name) {
    return form.elements[name].value.split(',').map(function (s) { return s.trim(); })
      .filter(function (s) { return s.length > 0; });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var metadata = {
      title: form.elements.title.value, type: form.elements.type.value,
      date: form.elements.date.value || null, number: form.elements.number.value || null,
      programme: form.elements.programme.value || null, themes: list('themes'), wijken: list('wijken'),
      tags: list('tags'), summary: form.elements.summary.value || null
    };
    var data = new FormData();
    data.append('metadata', new Blob([JSON.stringify(metadata)], { type: 'application/json' }));
    data.append('file', form.elements.file.files[0]);
    var request = new XMLHttpRequest();
    request.open('POST', form.dataset.api);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var percent = Math.round(100 * e.loaded / e.total);
        progress.value = percent;
        progress.textContent = percent + ' %';
      }
    });
    request.addEventListener('load', function () {
      var body = {};
      try { body = JSON.parse(request.responseText); } catch (ignored) { body = {}; }
      if (request.status === 201) {
        window.location.assign(form.dataset.detail + encodeURIComponent(body.id));
      } else {
        status.textContent = body.detail || body.title || ('HTTP ' + request.status);
        status.className = 'utrecht-paragraph utrecht-alert utrecht-alert--error';
      }
    });
    request.addEventListener('error', function () { status.textContent = 'Netwerkfout / network error'; });
    status.textContent = '…';
    request.send(data);
  });
}());
