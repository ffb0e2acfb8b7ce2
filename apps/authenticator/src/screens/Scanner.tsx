import { useEffect, useRef, useState } from "react";
import { codeFromScan } from "../shared/routing";
import { T } from "../texts";

/**
 * The camera scanner of the installed app (on iOS the home-screen app does not share storage
 * with Safari, so it scans the settings page's QR itself). Frames are decoded by jsqr, loaded
 * only now, as its own chunk.
 */
export default function Scanner(props: { onCode: (code: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { onCode } = props;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let frame = 0;
    let stopped = false;
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });
    const start = async (): Promise<void> => {
      const [{ default: jsQR }, media] = await Promise.all([
        import("jsqr"),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }),
      ]);
      stream = media;
      const element = video.current;
      if (stopped || !element || !context) return;
      element.srcObject = media;
      await element.play();
      const scan = (): void => {
        if (stopped) return;
        if (element.videoWidth > 0) {
          canvas.width = element.videoWidth;
          canvas.height = element.videoHeight;
          context.drawImage(element, 0, 0);
          const image = context.getImageData(0, 0, canvas.width, canvas.height);
          const found = jsQR(image.data, image.width, image.height);
          if (found) {
            const code = codeFromScan(found.data);
            if (code) return onCode(code);
            setProblem(T.scanner.notTwofold);
          }
        }
        frame = requestAnimationFrame(scan);
      };
      scan();
    };
    start().catch(() => setProblem(T.scanner.denied));
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onCode]);

  return (
    <div className="scanner" role="dialog" aria-modal="true" aria-labelledby="scanner-title">
      <h2 id="scanner-title">{T.scanner.title}</h2>
      <p>{T.scanner.help}</p>
      <video ref={video} muted playsInline aria-label={T.scanner.title} />
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      <button type="button" onClick={props.onClose}>
        {T.scanner.close}
      </button>
    </div>
  );
}
