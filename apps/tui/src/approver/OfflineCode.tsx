import { Text } from "ink";
import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { offlineCode } from "@twofold/device/node";
import { currentLocale } from "../lib/locale";
import { APPROVER_TEXT } from "../lib/text-approver";

/** When a push cannot arrive: the code to type on the login page, renewed every 30 seconds. */
export function OfflineCode({ secret }: { secret: string }): ReactNode {
  const [shown, setShown] = useState<{ code: string; secondsLeft: number } | null>(null);
  useEffect(() => {
    let live = true;
    const tick = (): void => {
      void offlineCode(secret).then((c) => live && setShown(c));
    };
    tick();
    const timer = setInterval(tick, 1_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [secret]);
  if (!shown) return null;
  return (
    <Text>
      {APPROVER_TEXT[currentLocale()].waiting.offlineCode}{" "}
      <Text bold>{`${shown.code.slice(0, 3)} ${shown.code.slice(3)}`}</Text> ({shown.secondsLeft} s)
    </Text>
  );
}
