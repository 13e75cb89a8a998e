import { App, Card, Descriptions, Radio, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { errorText } from '../../api/client';
import { i18n, loadLanguage, systemLanguage } from '../../i18n/i18n';
import { useAppInfo, useSetLanguage, useSettings, useUpdateShop } from './api';
import { ShopProfileForm } from './ShopProfileForm';
import { LogoSetting } from './LogoSetting';
import { PoliciesSetting } from './PoliciesSetting';
import { NumberingSetting } from './NumberingSetting';
import { StaffSetting } from './StaffSetting';
import { TaxSetting } from './TaxSetting';
import { ReceiptsSetting } from './ReceiptsSetting';
import { BackupsSetting } from '../backups/BackupsSetting';

export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useSettings();
  const info = useAppInfo();
  const updateShop = useUpdateShop();
  const setLanguage = useSetLanguage();

  if (!settings.data) return <Skeleton active />;
  const s = settings.data;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1100 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>

      <Card title={t('settings.language.title')}>
        <Typography.Paragraph type="secondary">{t('settings.language.description')}</Typography.Paragraph>
        <Radio.Group
          aria-label={t('settings.language.label')}
          value={s.ui.language ?? 'system'}
          onChange={(e) => {
            const value = e.target.value as Language | 'system';
            const shown = value === 'system' ? systemLanguage() : value;
            setLanguage.mutate(value === 'system' ? null : value, {
              // Said in the language just chosen (its strings load first), not the one left.
              onSuccess: () =>
                void loadLanguage(shown).then(
                  () => void message.success(i18n.getFixedT(shown)('settings.language.saved')),
                  () => void message.success(t('settings.language.saved')),
                ),
              onError: (error) => void message.error(errorText(t, error)),
            });
          }}
          options={[
            { value: 'system', label: t('settings.language.followSystem', { lang: t(`languages.${systemLanguage()}`) }) },
            ...LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) })),
          ]}
        />
      </Card>

      <Card title={t('settings.shop.title')}>
        <Typography.Paragraph type="secondary">{t('settings.shop.description')}</Typography.Paragraph>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <LogoSetting logo={s.logo} />
          <ShopProfileForm
            initial={s.shop}
            submitting={updateShop.isPending}
            onSubmit={async (values) => {
              try {
                await updateShop.mutateAsync(values);
                void message.success(t('settings.shop.saved'));
              } catch (error) {
                void message.error(errorText(t, error));
                throw error;
              }
            }}
          />
        </Space>
      </Card>

      <StaffSetting />

      <TaxSetting key={JSON.stringify(s.tax)} tax={s.tax} />

      <ReceiptsSetting format={s.receiptFormat} />

      <PoliciesSetting />

      <NumberingSetting />

      <BackupsSetting />

      <Card title={t('settings.about.title')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('settings.about.version')}>{info.data?.version}</Descriptions.Item>
          <Descriptions.Item label={t('settings.about.dataFile')}>
            <Typography.Text copyable>{info.data?.dataFile}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </Space>
  );
}
