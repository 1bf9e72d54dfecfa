// The browser tab shows the page's title in the viewer's language (the header's heading and the
// product's name), not JSPWiki's "application: PageName".
(function () {
  function retitle() {
    var heading = document.getElementById('wsr-pagetitle');
    var brand = document.querySelector('.wsr-brand');
    if (heading && brand) {
      document.title = heading.textContent.trim() + ' · ' + brand.textContent.trim();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', retitle);
  } else {
    retitle();
  }
})();
