import { useRef } from 'react';
import { App, Button, Image, Space, Typography } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES } from '@shared/schemas/settings';
import { errorText } from '../../api/client';
import { useSetLogo } from './api';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Logo for printed forms: checked here for a quick answer, and again (by its bytes) in the main process. */
export function LogoSetting({ logo }: { logo: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setLogo = useSetLogo();
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return void message.error(t('validation.logoType'));
    if (file.size > LOGO_MAX_BYTES) return void message.error(t('validation.logoSize'));
    try {
      await setLogo.mutateAsync(await readAsDataUrl(file));
      void message.success(t('settings.shop.logoSaved'));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  return (
    <Space align="start" size="large">
      <div
        style={{
          width: 120,
          height: 120,
          border: '1px dashed #d9d9d9',
          borderRadius: 8,
          display: 'grid',
          placeItems: 'center',
          overflow: 'hidden',
        }}
      >
        {logo ? (
          <Image src={logo} alt={t('settings.shop.logoPreviewAlt')} preview={false} style={{ maxWidth: 110, maxHeight: 110 }} />
        ) : null}
      </div>
      <Space orientation="vertical">
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg"
          hidden
          aria-label={t('settings.shop.logoUpload')}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <Button icon={<UploadOutlined />} onClick={() => input.current?.click()} loading={setLogo.isPending}>
          {t('settings.shop.logoUpload')}
        </Button>
        {logo && (
          <Button icon={<DeleteOutlined />} danger onClick={() => void setLogo.mutateAsync(null)}>
            {t('settings.shop.logoRemove')}
          </Button>
        )}
        <Typography.Text type="secondary">{t('settings.shop.logoHelp')}</Typography.Text>
      </Space>
    </Space>
  );
}
