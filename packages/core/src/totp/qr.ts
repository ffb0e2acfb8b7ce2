import QRCode from "qrcode";

/** The otpauth URI as a QR code in SVG, error correction M (what OTP apps scan best). */
export function qrSVG(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
