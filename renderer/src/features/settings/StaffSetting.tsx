import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type StaffRole } from '@shared/tickets/intake';
import type { StaffMember } from '@shared/schemas/staff';
import { errorText } from '../../api/client';
import { useSaveStaff, useStaff } from '../staff/api';

interface Draft {
  id?: number;
  name: string;
  role: StaffRole;
  active: boolean;
}

/** Settings → Staff: who works here, and as what. Former staff are made inactive, never deleted. */
export function StaffSetting() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useStaff();
  const save = useSaveStaff();
  const [draft, setDraft] = useState<Draft | null>(null);

  const submit = async () => {
    if (!draft) return;
    try {
      await save.mutateAsync(draft);
      void message.success(t('staff.saved', { name: draft.name.trim() }));
      setDraft(null);
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  return (
    <Card
      id="staff"
      title={t('settings.staff.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setDraft({ name: '', role: 'staff', active: true })}>
          {t('staff.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('settings.staff.description')}</Typography.Paragraph>
      <Table<StaffMember>
        rowKey="id"
        size="small"
        pagination={false}
        loading={staff.isPending}
        dataSource={staff.data ?? []}
        locale={{ emptyText: t('staff.noneYet') }}
        columns={[
          { title: t('staff.name'), dataIndex: 'name' },
          { title: t('staff.role'), dataIndex: 'role', render: (r: StaffRole) => t(`staff.roles.${r}`) },
          {
            title: t('staff.active'),
            dataIndex: 'active',
            render: (a: boolean) => (a ? <Tag color="green">{t('staff.active')}</Tag> : <Tag>{t('staff.inactive')}</Tag>),
          },
          {
            title: t('common.actions'),
            key: 'edit',
            render: (_: unknown, m) => (
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={() => setDraft({ ...m })}
                aria-label={`${t('common.edit')} ${m.name}`}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={draft !== null}
        title={draft?.id ? t('staff.edit') : t('staff.add')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        onCancel={() => setDraft(null)}
        confirmLoading={save.isPending}
        okButtonProps={{ disabled: !draft?.name.trim() }}
        destroyOnHidden
      >
        {draft && (
          <Form layout="vertical">
            <Form.Item label={t('staff.name')} htmlFor="staff-name" required>
              <Input
                id="staff-name"
                autoFocus
                maxLength={40}
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </Form.Item>
            <Form.Item label={t('staff.role')} htmlFor="staff-role">
              <Select
                id="staff-role"
                aria-label={t('staff.role')}
                value={draft.role}
                onChange={(role: StaffRole) => setDraft({ ...draft, role })}
                options={STAFF_ROLES.map((r) => ({ value: r, label: t(`staff.roles.${r}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('staff.active')} htmlFor="staff-active">
              <Switch id="staff-active" checked={draft.active} onChange={(active) => setDraft({ ...draft, active })} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Card>
  );
}
