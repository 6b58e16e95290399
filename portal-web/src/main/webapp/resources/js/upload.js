// Uploads a file through the REST API with a progress bar: a new document, a new version or an annex.
// The server checks everything again; this script only gives progress and readable messages.
(function () {
  'use strict';
  function list(form, name) {
    return form.elements[name].value.split(',').map(function (s) { return s.trim(); })
      .filter(function (s) { return s.length > 0; });
  }
  // A message beside the field it concerns (created once per field), as the server or the checks
  // below word it; cleared before every attempt.
  function showBeside(form, name, text) {
    var field = form.elements[name === 'title' && !form.elements.title ? 'annexTitle' : name];
    if (!field || !field.id) { return null; }
    var id = field.id + '-error';
    var message = document.getElementById(id);
    if (!message) {
      message = document.createElement('p');
      message.id = id;
      message.className = 'utrecht-form-field-error-message portal-field-error';
      field.parentNode.insertBefore(message, field);
    }
    message.textContent = text;
    field.setAttribute('aria-invalid', 'true');
    var described = (field.getAttribute('aria-describedby') || '').split(' ');
    if (described.indexOf(id) < 0) { field.setAttribute('aria-describedby', (described.join(' ') + ' ' + id).trim()); }
    return field.id;
  }
  // The error summary at the top of the page (as messages.xhtml draws it for the other forms):
  // every error once, linked to its field when it has one; it takes the focus, and its links move
  // the focus into their field.
  function showSummary(form, entries) {
    var old = document.getElementById('error-summary');
    if (old) { old.parentNode.removeChild(old); }
    var summary = document.createElement('div');
    summary.id = 'error-summary';
    summary.className = 'portal-error-summary utrecht-alert utrecht-alert--error';
    summary.tabIndex = -1;
    summary.setAttribute('aria-labelledby', 'error-summary-title');
    var alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    var title = document.createElement('h2');
    title.id = 'error-summary-title';
    title.className = 'utrecht-heading-2 portal-error-summary__title';
    title.textContent = form.dataset.summaryTitle || '';
    var list = document.createElement('ul');
    list.className = 'utrecht-unordered-list portal-error-summary__list';
    entries.forEach(function (e) {
      var item = document.createElement('li');
      item.className = 'utrecht-unordered-list__item';
      if (e[0]) {
        var link = document.createElement('a');
        link.className = 'utrecht-link';
        link.href = '#' + e[0];
        link.textContent = e[1];
        link.addEventListener('click', function (event) {
          event.preventDefault();
          var field = document.getElementById(e[0]);
          field.scrollIntoView({block: 'center'});
          field.focus();
        });
        item.appendChild(link);
      } else {
        item.textContent = e[1];
      }
      list.appendChild(item);
    });
    alert.appendChild(title);
    alert.appendChild(list);
    summary.appendChild(alert);
    var main = document.querySelector('main') || document.body;
    main.insertBefore(summary, main.firstChild);
    var prefix = form.dataset.titlePrefix || '';
    if (prefix && document.title.indexOf(prefix) !== 0) { document.title = prefix + document.title; }
    summary.focus();
  }
  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.portal-field-error'), function (m) { m.textContent = ''; });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (f) { f.removeAttribute('aria-invalid'); });
  }
  // The fields a person must fill in before anything is sent, with the page's own words for each.
  function missing(form) {
    var wrong = [];
    [['title', 'requiredTitle'], ['type', 'requiredType']].forEach(function (f) {
      if (form.elements[f[0]] && form.dataset[f[1]] && !form.elements[f[0]].value.trim()) { wrong.push([f[0], form.dataset[f[1]]]); }
    });
    if (form.dataset.requiredFile && form.elements.file.files.length === 0) { wrong.push(['file', form.dataset.requiredFile]); }
    return wrong;
  }
  function enhance(form) {
    var status = form.querySelector('[role=status]');
    var progress = form.querySelector('progress');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearErrors(form);
      var wrong = missing(form);
      if (wrong.length > 0) {
        showSummary(form, wrong.map(function (w) { return [showBeside(form, w[0], w[1]), w[1]]; }));
        status.textContent = form.dataset.notSaved || '';
        return;
      }
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
      if (form.elements.file.files.length > 0) { data.append('file', form.elements.file.files[0]); }
      // plain text parts named by the form (the import of a gemeente: slug, name, cbsCode)
      (form.dataset.fields || '').split(' ').filter(Boolean).forEach(function (name) {
        data.append(name, form.elements[name].value.trim());
      });
      var request = new XMLHttpRequest();
      request.open(form.dataset.method || 'POST', form.dataset.api);
      request.setRequestHeader('Accept', 'application/json');
      request.setRequestHeader('Accept-Language', document.documentElement.lang || 'nl');
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
          window.location.assign(form.dataset.detail + encodeURIComponent(body[form.dataset.result || 'id']));
        } else {
          var errors = Array.isArray(body.errors) ? body.errors : [];
          showSummary(form, errors.length > 0
            ? errors.map(function (e) { return [e.field ? showBeside(form, e.field, e.message) : null, e.message]; })
            : [[null, body.detail || body.title || ('HTTP ' + request.status)]]);
          status.textContent = form.dataset.notSaved || '';
        }
      });
      request.addEventListener('error', function () { status.textContent = 'Netwerkfout / network error'; });
      status.textContent = '…';
      request.send(data);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('form[data-api]'), enhance);
}());
