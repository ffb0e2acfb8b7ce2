import { useEffect, useState } from "react";
import { T } from "../texts";

/** Chromium's install prompt (not in TypeScript's DOM types). */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

const isInstallPrompt = (event: Event): event is InstallPromptEvent =>
  "prompt" in event && typeof event.prompt === "function";

/** Already opened from the home screen (or as an installed app). */
function installed(): boolean {
  const standalone = "standalone" in navigator && navigator.standalone === true;
  return standalone || window.matchMedia("(display-mode: standalone)").matches;
}

/** Safari on iPhone or iPad: no install prompt, installed by Share, Add to Home Screen. */
function appleMobile(): boolean {
  const iPadOS = navigator.platform === "MacIntel" && navigator.maxTouchPoints > 1;
  return /iPhone|iPad|iPod/.test(navigator.userAgent) || iPadOS;
}

/**
 * Offers to install the app (Add to Home Screen): the browser's own prompt where it has one
 * (Chromium, Android), the steps on iPhone; nothing once installed.
 */
export function InstallOffer() {
  const [prompt, setPrompt] = useState<InstallPromptEvent | null>(null);
  const [done, setDone] = useState(installed);

  useEffect(() => {
    const onPrompt = (event: Event): void => {
      if (!isInstallPrompt(event)) return;
      event.preventDefault();
      setPrompt(event);
    };
    const onInstalled = (): void => setDone(true);
    window.addEventListener("beforeinstallprompt", onPrompt);
    window.addEventListener("appinstalled", onInstalled);
    return () => {
      window.removeEventListener("beforeinstallprompt", onPrompt);
      window.removeEventListener("appinstalled", onInstalled);
    };
  }, []);

  if (done) return null;
  if (prompt) {
    const install = async (): Promise<void> => {
      await prompt.prompt();
      const choice = await prompt.userChoice;
      setPrompt(null);
      if (choice.outcome === "accepted") setDone(true);
    };
    return (
      <div className="notice" role="region" aria-labelledby="install-offer">
        <p className="hint">{T.install.why}</p>
        <button id="install-offer" type="button" onClick={() => void install()}>
          {T.install.offer}
        </button>
      </div>
    );
  }
  if (appleMobile()) return <p className="hint">{T.install.ios}</p>;
  return null;
}
