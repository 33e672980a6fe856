/* cramp-guide diary: keeps the diary page, its script and the guide's words for offline use. Entries are never here. */
'use strict';
var CACHE = 'cramp-guide-diary-1';
var KEEP = ['index.html', 'diary.js', 'diary.css', '../v1/guidance/table'];

self.addEventListener('install', function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(KEEP); }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});
// Network first, so a new version arrives at once; the cache only when the network fails. Only GETs of what KEEP
// names: a guidance question (POST) always goes to the network and is never stored.
self.addEventListener('fetch', function (e) {
  var url = new URL(e.request.url);
  var kept = KEEP.some(function (k) { return new URL(k, self.registration.scope).pathname === url.pathname; });
  if (e.request.method !== 'GET' || url.origin !== location.origin || !kept) return;
  e.respondWith(fetch(e.request).then(function (res) {
    if (res.ok) { var copy = res.clone(); caches.open(CACHE).then(function (c) { c.put(url.pathname, copy); }); }
    return res;
  }).catch(function () { return caches.match(url.pathname); }));
});
