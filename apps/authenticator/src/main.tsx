import { createRoot } from "react-dom/client";
import { App } from "./App";
import { LANGUAGE, T } from "./texts";
import "./styles.css";

document.documentElement.lang = LANGUAGE;
document.title = T.appName;

if ("serviceWorker" in navigator) {
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
}

const root = document.getElementById("app");
if (root) createRoot(root).render(<App />);
