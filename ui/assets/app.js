// Citation markers: a click on [n] (a link to #cite-T-N or #art-N) scrolls its target into view and flashes it.
// Delegated from the document, so it works for the chat and panels Gradio re-renders.
(() => {
  if (window.__articleqaLinks) return;
  window.__articleqaLinks = true;
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target instanceof Element && event.target.closest('a[href^="#cite-"], a[href^="#art-"]');
      if (!link) return;
      event.preventDefault(); // also stops Gradio opening Markdown links in a new tab
      event.stopPropagation();
      const target = document.getElementById(link.getAttribute("href").slice(1));
      if (!target) return;
      const section = target.closest("details");
      if (section) section.open = true;
      target.scrollIntoView({ behavior: "smooth", block: "center" });
      target.classList.remove("aq-flash");
      void target.offsetWidth; // restart the animation on a second click
      target.classList.add("aq-flash");
    },
    true,
  );
})();
