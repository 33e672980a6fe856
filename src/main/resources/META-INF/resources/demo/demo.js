// Demo page only: shows developers the raw API answer behind each screen of the guide.
document.addEventListener('cramp-guide:answer', function (e) {
  document.getElementById('raw-request').textContent = 'GET /v1/guidance' + (e.detail.query ? '?' + e.detail.query : '') + ' → ' + e.detail.status;
  document.getElementById('raw-answer').textContent = JSON.stringify(e.detail.body, null, 2);
});
