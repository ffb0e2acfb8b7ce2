import { sendTimeZone } from "@twofold/client";
import { useEffect, useRef } from "react";
import { api, type Me } from "./api";

/**
 * Tells the server this browser's time zone when the signed-in account has another (or none),
 * so that its emails write times in it: once per account and zone in a page's life.
 */
export function useTimeZoneSync(me: Me | null): void {
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!me || sent.current === `${me.user.id} ${me.user.timeZone}`) return;
    if (sendTimeZone(api, me) !== null) sent.current = `${me.user.id} ${me.user.timeZone}`;
  }, [me]);
}
