document.getElementById("app").dataset.loaded = "yes";
