// The probable-duplicates page: each Merge button asks first, naming which incident is kept and which
// one is folded into it (the form posts as usual once the reviewer agrees).
for (const form of document.querySelectorAll("form.merge-form")) {
  form.addEventListener("submit", (event) => {
    const radios = [...form.querySelectorAll('input[name="keep"]')];
    const keep = radios.find((radio) => radio.checked);
    const gone = radios.find((radio) => !radio.checked);
    if (!keep || !gone) return;
    const question =
      "Merge " + gone.dataset.title + " into " + keep.dataset.title + "?\n\n" +
      "Its claims move to " + keep.dataset.title + "; the merged incident only points there from then on.";
    if (!window.confirm(question)) event.preventDefault();
  });
}
