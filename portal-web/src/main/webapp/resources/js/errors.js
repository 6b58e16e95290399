// The error summary takes the focus when the page opens, so a screen reader reads it first, and
// its links move the focus into the field they name (an anchor alone only scrolls to it).
(function () {
  var summary = document.getElementById('error-summary');
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (field) {
      event.preventDefault();
      field.scrollIntoView({block: 'center'});
      field.focus();
    }
  });
})();
