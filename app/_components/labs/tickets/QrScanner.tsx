"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";

/** The part of the Barcode Detection API used here (not in TypeScript's DOM types yet). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

const SCAN_INTERVAL_MS = 250;

function detectorClass(): BarcodeDetectorClass | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
}

/** Whether this browser can read QR codes from a camera (Barcode Detection API + a camera API). */
function useCameraScanning(): boolean | undefined {
  const [qrSupported, setQrSupported] = useState<boolean>();
  const hasApis = useSyncExternalStore(
    () => () => undefined,
    () => Boolean(detectorClass() && navigator.mediaDevices?.getUserMedia),
    () => false,
  );
  useEffect(() => {
    if (!hasApis) return;
    let current = true;
    detectorClass()!
      .getSupportedFormats()
      .then(
        (formats) => current && setQrSupported(formats.includes("qr_code")),
        () => current && setQrSupported(false),
      );
    return () => {
      current = false;
    };
  }, [hasApis]);
  return hasApis ? qrSupported : false;
}

/**
 * Reads a QR code with the camera where the browser can (the Barcode Detection API, e.g. Chrome on
 * Android or macOS) and hands its text over; elsewhere it says to paste the text instead.
 */
export function QrScanner({ onText }: { onText(text: string): void }) {
  const supported = useCameraScanning();
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<string>();
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const detector = new (detectorClass()!)({ formats: ["qr_code"] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(async (opened) => {
        stream = opened;
        if (stopped || !video.current) return;
        video.current.srcObject = opened;
        await video.current.play();
        timer = setInterval(() => {
          if (!video.current) return;
          void detector.detect(video.current).then((codes) => {
            const found = codes[0]?.rawValue;
            if (found && !stopped) {
              stopped = true;
              setScanning(false);
              onText(found);
            }
          });
        }, SCAN_INTERVAL_MS);
      })
      .catch((error: unknown) => {
        setProblem(
          error instanceof DOMException && error.name === "NotAllowedError"
            ? "The camera was not allowed: allow it in the browser, or paste the proof's text."
            : "No camera could be opened: paste the proof's text instead.",
        );
        setScanning(false);
      });
    return () => {
      stopped = true;
      if (timer) clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning, onText]);

  if (supported === undefined) return null;
  if (!supported) {
    return (
      <p className="small muted" data-camera="unsupported">
        This browser cannot read QR codes with the camera: paste the proof&apos;s text.
      </p>
    );
  }
  return (
    <div className="stack" data-camera="supported">
      <div className="row">
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            setProblem(undefined);
            setScanning((on) => !on);
          }}
        >
          {scanning ? "Stop the camera" : "Scan the QR code with the camera"}
        </button>
      </div>
      {scanning ? (
        <video ref={video} className="qr-video" muted playsInline aria-label="Camera view" />
      ) : null}
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
