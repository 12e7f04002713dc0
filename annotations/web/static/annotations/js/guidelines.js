// The project's guidelines in a side panel: the g key or the Guidelines button opens and closes it,
// Escape closes it. `currentProject()` names the project whose guidelines come first (the review
// queue shows every project the reviewer reviews, the current item's first).
const panel = document.getElementById("guidelines-panel");

function isTyping(target) {
  return target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function installGuidelines({ currentProject = () => null } = {}) {
  if (!panel) return { open() {}, close() {} };
  const button = document.getElementById("guidelines-open");
  let returnFocus = null;

  function open() {
    const project = currentProject();
    for (const section of panel.querySelectorAll(".guidelines-version")) {
      const current = project !== null && Number(section.dataset.project) === Number(project);
      section.classList.toggle("current-project", current);
      if (current) section.parentElement.insertBefore(section, panel.querySelector(".guidelines-version"));
    }
    returnFocus = document.activeElement;
    panel.hidden = false;
    if (button) button.setAttribute("aria-expanded", "true");
    panel.focus({ preventScroll: true });
  }

  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    if (button) button.setAttribute("aria-expanded", "false");
    if (returnFocus && document.contains(returnFocus)) returnFocus.focus({ preventScroll: true });
  }

  const toggle = () => (panel.hidden ? open() : close());
  if (button) button.addEventListener("click", toggle);
  document.getElementById("guidelines-close").addEventListener("click", close);
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (document.querySelector("dialog[open]")) return;
    if (event.key === "g") {
      event.preventDefault();
      toggle();
    } else if (event.key === "Escape" && !panel.hidden) {
      event.preventDefault();
      event.stopImmediatePropagation();
      close();
    }
  }, true);
  return { open, close };
}
