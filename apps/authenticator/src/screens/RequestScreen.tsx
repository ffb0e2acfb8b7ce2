import {
  answerRequest,
  requestStatus,
  sendUntilDelivered,
  type PushDecision,
  type RequestState,
} from "@twofold/device";
import { describeUserAgent } from "@twofold/push-protocol";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { api, deviceOf, reason } from "../api";
import { T, sentenceFor } from "../texts";
import type { IncomingRequest } from "../use-requests";

/** How a request ended, as the sentence the home screen shows. */
export function endSentence(state: RequestState | "wrong_number"): string {
  switch (state) {
    case "approved":
      return T.request.approved;
    case "denied":
      return T.request.denied;
    case "reported":
      return T.request.reported;
    case "answered_elsewhere":
      return T.request.answeredElsewhere;
    case "cancelled":
      return T.request.cancelled;
    case "expired":
      return T.request.expired;
    case "wrong_number":
      return T.request.wrongNumber;
    case "waiting":
      return "";
  }
}

/** The place, when the request names one ("Zurich, CH"); older servers send none. */
function placeOf(request: object): string | null {
  const place: unknown = (request as { place?: unknown }).place;
  return typeof place === "string" && place ? place : null;
}

const secondsLeft = (expiresAt: string): number =>
  Math.max(0, Math.ceil((Date.parse(expiresAt) - Date.now()) / 1000));

/**
 * "Is this you?": the request's account, browser and system, IP, place, time and countdown.
 * Yes asks for the number the sign-in page shows; No refuses; "No, and report it" reports. While
 * it is shown, its state is asked every second, so a cancelled, expired or elsewhere-answered
 * request leaves within 2 s. An answer lost on the network is sent again until it arrives.
 */
export function RequestScreen(props: {
  incoming: IncomingRequest;
  onEnd: (sentence: string) => void;
}) {
  const { request, account } = props.incoming;
  const [left, setLeft] = useState(() => secondsLeft(request.expiresAt));
  const [step, setStep] = useState<"ask" | "number" | "sending" | "retrying">("ask");
  const [number, setNumber] = useState("");
  const ended = useRef(false);
  const answering = useRef(false);
  const numberField = useRef<HTMLInputElement>(null);
  const { onEnd } = props;

  const end = (sentence: string): void => {
    if (ended.current) return;
    ended.current = true;
    onEnd(sentence);
  };

  useEffect(() => {
    const device = deviceOf(account);
    const timer = setInterval(() => {
      const seconds = secondsLeft(request.expiresAt);
      setLeft(seconds);
      if (seconds === 0 && !answering.current) end(T.request.expired);
      requestStatus(api, device, request.requestId)
        .then((state) => {
          // While this phone's own answer is on its way, its outcome speaks, not the poll.
          if (state !== "waiting" && !answering.current) end(endSentence(state));
        })
        .catch((error: unknown) => {
          if (reason(error) === "NOT_FOUND" && !answering.current) end(T.request.cancelled);
        });
    }, 1_000);
    return () => clearInterval(timer);
  }, [account, request]);

  useEffect(() => {
    if (step === "number") numberField.current?.focus();
  }, [step]);

  const answer = async (decision: PushDecision, typed: number | null): Promise<void> => {
    answering.current = true;
    setStep("sending");
    const device = deviceOf(account);
    const result = await sendUntilDelivered({
      send: () => answerRequest(api, device, request.requestId, decision, typed),
      isNetworkError: (error) => reason(error) === "NETWORK",
      isOver: () => ended.current || secondsLeft(request.expiresAt) === 0,
      onRetrying: () => setStep("retrying"),
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    });
    answering.current = false;
    if (result.kind === "sent") return end(endSentence(result.value.status));
    if (result.kind === "over") return end(ended.current ? "" : T.request.expired);
    const why = reason(result.error);
    if (why === "WRONG_NUMBER") return end(T.request.wrongNumber);
    if (why === "PUSH_EXPIRED") return end(T.request.expired);
    if (why === "PUSH_ALREADY_ANSWERED" || why === "PUSH_REQUEST_NOT_FOUND") {
      // A retried answer may have arrived the first time: the server says whose answer it is.
      const state = await requestStatus(api, device, request.requestId).catch(() => null);
      return end(state ? endSentence(state) : T.request.answeredElsewhere);
    }
    end(sentenceFor(why));
  };

  const submitNumber = (event: FormEvent): void => {
    event.preventDefault();
    const typed = Number.parseInt(number, 10);
    if (Number.isNaN(typed)) return numberField.current?.focus();
    void answer("approve", typed);
  };

  const { browser, os } = describeUserAgent(request.userAgent);
  const place = placeOf(request);
  const busy = step === "sending" || step === "retrying";
  return (
    <section className="card request" aria-labelledby="request-title">
      <h1 id="request-title">{T.request.title}</h1>
      <p>{T.request.intro}</p>
      <dl className="facts">
        <dt>{T.request.account}</dt>
        <dd>{request.account}</dd>
        <dt>{T.request.browser}</dt>
        <dd>{browser && os ? T.request.on(browser, os) : (browser ?? os ?? T.request.unknown)}</dd>
        <dt>{T.request.ip}</dt>
        <dd>{request.ip}</dd>
        {place && (
          <>
            <dt>{T.request.place}</dt>
            <dd>{T.request.near(place)}</dd>
          </>
        )}
        <dt>{T.request.time}</dt>
        <dd>
          <time dateTime={request.createdAt}>
            {new Date(request.createdAt).toLocaleTimeString()}
          </time>
        </dd>
      </dl>
      <p className="countdown" data-testid="request-countdown" role="timer" aria-live="off">
        {T.request.expiresIn(left)}
      </p>
      {step === "ask" && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setStep("number")}>
            {T.request.yes}
          </button>
          <button type="button" onClick={() => void answer("deny", null)}>
            {T.request.no}
          </button>
          <button type="button" className="danger" onClick={() => void answer("report", null)}>
            {T.request.report}
          </button>
        </div>
      )}
      {step === "number" && (
        <form className="number" onSubmit={submitNumber}>
          <label htmlFor="number">{T.request.number}</label>
          <input
            id="number"
            ref={numberField}
            inputMode="numeric"
            autoComplete="off"
            pattern="[0-9]*"
            maxLength={3}
            required
            value={number}
            onInput={(e) => setNumber((e.target as HTMLInputElement).value.replace(/\D/g, ""))}
          />
          <div className="actions">
            <button type="submit" className="primary">
              {T.request.confirm}
            </button>
            <button type="button" onClick={() => setStep("ask")}>
              {T.request.back}
            </button>
          </div>
        </form>
      )}
      {busy && (
        <p role="status" className={step === "retrying" ? "warning" : undefined}>
          {step === "retrying" ? T.request.retrying : T.request.sending}
        </p>
      )}
    </section>
  );
}
