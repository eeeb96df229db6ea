import { useEffect, useRef, useState } from 'preact/hooks';
import { messages } from '../i18n';
import { parseEnrolLink, type EnrolLink } from './enrol-link';

interface Detector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type DetectorCtor = new (opts: { formats: string[] }) => Detector;

/** Reads the enrolment QR code with the camera; the video never leaves the tablet. */
export function QrScanner({
  onFound,
  onClose,
}: {
  onFound: (link: EnrolLink) => void;
  onClose: () => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string>();
  const m = messages();

  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer = 0;
    let live = true;
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
        });
        if (!live || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        const Ctor = (window as unknown as { BarcodeDetector: DetectorCtor }).BarcodeDetector;
        const detector = new Ctor({ formats: ['qr_code'] });
        const scan = async () => {
          if (!live || !video.current) return;
          const codes = await detector.detect(video.current).catch(() => []);
          const link = codes.map((c) => parseEnrolLink(c.rawValue, location.origin)).find(Boolean);
          if (link) return onFound(link);
          timer = window.setTimeout(() => void scan(), 250);
        };
        void scan();
      } catch {
        setProblem(messages().qrCameraFailed);
      }
    })();
    return () => {
      live = false;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [onFound]);

  return (
    <div class="qr-scanner">
      {problem ? (
        <p class="notice warning">{problem}</p>
      ) : (
        <video ref={video} muted playsInline aria-label={m.qrCameraView} />
      )}
      <button type="button" class="button secondary" onClick={onClose}>
        {m.qrStop}
      </button>
    </div>
  );
}
