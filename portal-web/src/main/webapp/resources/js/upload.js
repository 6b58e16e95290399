// Uploads a file through the REST API with a progress bar: a new document, a new version or an annex.
// The server checks everything again; this script only gives progress and readable messages.
(function () {
  'use strict';
  function list(form, name) {
    return form.elements[name].value.split(',').map(function (s) { return s.trim(); })
      .filter(function (s) { return s.length > 0; });
  }
  function enhance(form) {
    var status = form.querySelector('[role=status]');
    var progress = form.querySelector('progress');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData();
      if (form.elements.title) {
        var metadata = {
          title: form.elements.title.value, type: form.elements.type.value,
          date: form.elements.date.value || null, number: form.elements.number.value || null,
          programme: form.elements.programme.value || null, themes: list(form, 'themes'),
          wijken: list(form, 'wijken'), tags: list(form, 'tags'), summary: form.elements.summary.value || null
        };
        data.append('metadata', new Blob([JSON.stringify(metadata)], { type: 'application/json' }));
      }
      if (form.elements.annexTitle && form.elements.annexTitle.value) {
        data.append('title', form.elements.annexTitle.value);
      }
      data.append('file', form.elements.file.files[0]);
      var request = new XMLHttpRequest();
      request.open(form.dataset.method || 'POST', form.dataset.api);
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
        if (request.status === 200 || request.status === 201) {
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
  }
  Array.prototype.forEach.call(document.querySelectorAll('form[data-api]'), enhance);
}());
