import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Alert, Button, Modal, Space, Spin } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PrintedDocument } from '@shared/schemas/print';
import { errorText } from '../api/client';

function toBlob(doc: PrintedDocument): Blob {
  return new Blob([Uint8Array.from(atob(doc.base64), (c) => c.charCodeAt(0))], { type: doc.mimeType });
}

/**
 * The PDF in a frame from a blob: URL. The frame owns the URL: made when the document arrives,
 * revoked when it changes or the frame goes away, and kept in `urlRef` for Save.
 */
function PdfFrame({
  doc,
  frameRef,
  urlRef,
  dimmed,
}: {
  doc: PrintedDocument;
  frameRef: RefObject<HTMLIFrameElement | null>;
  urlRef: RefObject<string | null>;
  dimmed: boolean;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return;
    const url = URL.createObjectURL(toBlob(doc));
    urlRef.current = url;
    if (frameRef.current) frameRef.current.src = url;
    return () => {
      urlRef.current = null;
      URL.revokeObjectURL(url);
    };
  }, [doc, frameRef, urlRef]);
  return (
    <iframe
      ref={frameRef}
      title={t('print.frameTitle', { name: doc.fileName })}
      style={{ width: '100%', height: '100%', border: 0, opacity: dimmed ? 0.4 : 1 }}
    />
  );
}

/** Saves through an <a download> of the blob, as a link the user clicked would. */
function save(url: string | null, fileName: string): void {
  if (!url) return;
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
}

export interface PdfPreviewProps {
  open: boolean;
  title: ReactNode;
  /** The form as printed; undefined while it is being made. */
  document: PrintedDocument | undefined;
  loading: boolean;
  error?: unknown;
  /** Options of this form (paper size, language…), shown left of Print and Save. */
  options?: ReactNode;
  onClose: () => void;
}

/**
 * Any printed form (warranty card, and later tickets, quotes, receipts): the PDF in a frame as
 * the printer will get it, then Print (the frame's own print dialog, so the PDF prints at its
 * real size, not a screenshot of the page) or Save PDF. The CSP allows blob: frames for this.
 */
export function PdfPreview({ open, title, document: doc, loading, error, options, onClose }: PdfPreviewProps) {
  const { t } = useTranslation();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const urlRef = useRef<string | null>(null);
  const ready = !!doc && !loading;

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      width="min(1000px, 94vw)"
      destroyOnHidden
      styles={{ body: { height: '74vh', display: 'flex', flexDirection: 'column', gap: 12 } }}
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space wrap>{options}</Space>
          <Space>
            <Button onClick={onClose}>{t('common.close')}</Button>
            <Button icon={<DownloadOutlined />} disabled={!ready} onClick={() => doc && save(urlRef.current, doc.fileName)}>
              {t('print.save')}
            </Button>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              disabled={!ready}
              onClick={() => frameRef.current?.contentWindow?.print()}
            >
              {t('print.print')}
            </Button>
          </Space>
        </Space>
      }
    >
      {error ? <Alert type="error" showIcon title={errorText(t, error)} /> : null}
      <div style={{ flex: 1, minHeight: 0, position: 'relative', background: '#525659', borderRadius: 6, overflow: 'hidden' }}>
        {doc && <PdfFrame doc={doc} frameRef={frameRef} urlRef={urlRef} dimmed={loading} />}
        {loading && (
          <div style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center' }}>
            <Spin description={t('print.loading')} />
          </div>
        )}
      </div>
    </Modal>
  );
}
