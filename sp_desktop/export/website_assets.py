"""The exported website's own style sheet and search script (export layer).

The style uses the system's fonts (no web font), a fluid single column that reads on a phone,
colours with at least 7:1 contrast for text, and a print style without the navigation and search.
The script filters the index's list by the JSON index embedded in the page; without JavaScript the
whole list simply shows and the search box stays hidden.
"""

from __future__ import annotations

STYLE_CSS = """\
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: #1b1b1b; background: #ffffff; line-height: 1.55;
  font-family: "Liberation Sans", Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 1.05rem;
}
a { color: #0a4a85; }
a:focus-visible, input:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
.lompat { position: absolute; left: -999px; top: 0; background: #ffffff; padding: .5rem 1rem; }
.lompat:focus { left: .5rem; z-index: 10; }
.kepala { background: #0b3a66; color: #ffffff; padding: .75rem 1rem; }
.kepala a { color: #ffffff; }
.kepala .situs { margin: 0; font-weight: bold; font-size: 1.1rem; }
.kepala nav ul { list-style: none; margin: .4rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; margin: 1.75rem 0 .5rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
p, li, dd, dt, td, th { overflow-wrap: anywhere; }
ol, ul { padding-left: 1.6rem; }
li { margin: .25rem 0; }
.rinci { display: block; color: #3d3d3d; font-size: .95rem; }
.catatan { font-style: italic; color: #3d3d3d; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0; }
dt { font-weight: bold; }
dd { margin: 0; }
.unit { margin: 0; color: #3d3d3d; }
.cari { margin: 1rem 0; }
.cari label { display: block; font-weight: bold; margin-bottom: .3rem; }
.cari input { width: 100%; font-size: 1.05rem; padding: .55rem .7rem; border: 2px solid #5a6570; border-radius: 4px; }
.hasil-cari { margin: .5rem 0; color: #3d3d3d; }
.daftar { list-style: none; padding: 0; }
.daftar li { border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem .8rem; margin: .5rem 0; }
.daftar li a { font-weight: bold; font-size: 1.08rem; }
.daftar .ringkas { display: block; color: #3d3d3d; font-size: .95rem; }
.tanda { border-left: 5px solid #b35900; background: #fff6ec; padding: .6rem .8rem; margin: 1rem 0; }
.maklumat { border: 3px double #0b3a66; padding: 1rem 1.2rem; font-size: 1.1rem; margin: 1rem 0; }
.ttd { margin: 1.5rem 0 0 auto; max-width: 22rem; text-align: left; }
.ttd .nama { font-weight: bold; text-decoration: underline; margin-top: 3rem; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #d0d7de; }
figcaption { font-size: .95rem; color: #3d3d3d; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #9aa4ae; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
.angka { text-align: right; }
.logo { float: right; max-width: 4.5rem; height: auto; margin: 0 0 .5rem 1rem; }
.kaki { border-top: 1px solid #d0d7de; color: #3d3d3d; font-size: .9rem; padding: .75rem 1rem; text-align: center; }
@media (max-width: 30rem) {
  h1 { font-size: 1.35rem; }
  dl { grid-template-columns: 1fr; }
  .logo { max-width: 3rem; }
}
@media print {
  .kepala nav, .cari, .hasil-cari, .lompat, .kaki { display: none; }
  .kepala { background: none; color: #000000; padding: 0; border-bottom: 1px solid #000000; }
  .kepala a, a { color: #000000; text-decoration: none; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  figure, tr, .maklumat { break-inside: avoid; }
  figure img { border: none; }
}
"""

SEARCH_JS = """\
(function () {
  "use strict";
  var source = document.getElementById("indeks-layanan");
  var form = document.getElementById("cari-layanan");
  var input = document.getElementById("kata-cari");
  var status = document.getElementById("hasil-cari");
  if (!source || !form || !input || !status) { return; }
  var index = JSON.parse(source.textContent);
  function fold(text) {
    return text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
  }
  index.forEach(function (entry) { entry.kunci = fold(entry.nama + " " + entry.kata); });
  function apply() {
    var words = fold(input.value).split(/\\s+/).filter(function (w) { return w.length > 0; });
    var shown = 0;
    index.forEach(function (entry) {
      var item = document.getElementById(entry.id);
      if (!item) { return; }
      var match = words.every(function (w) { return entry.kunci.indexOf(w) !== -1; });
      item.hidden = !match;
      if (match) { shown += 1; }
    });
    if (words.length === 0) {
      status.textContent = "";
    } else if (shown === 0) {
      status.textContent = "Tidak ada layanan yang cocok dengan kata itu.";
    } else {
      status.textContent = shown + " layanan ditemukan.";
    }
  }
  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  input.addEventListener("input", apply);
  apply();
})();
"""
