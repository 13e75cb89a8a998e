import { Card, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ACCESSORIES, CONDITIONS, type Accessory, type Condition } from '@shared/tickets/intake';

interface Props {
  accessories: Accessory[];
  accessoriesNote: string;
  condition: Condition[];
  conditionNote: string;
  onChange: (patch: Partial<Pick<Props, 'accessories' | 'accessoriesNote' | 'condition' | 'conditionNote'>>) => void;
}

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', rowGap: 4 } as const;

/** What was left with the device, and the state it arrived in: ticked, plus anything else in words. */
export function ChecklistSection({ accessories, accessoriesNote, condition, conditionNote, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Card title={t('tickets.intake.received')} size="small">
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 500, fontSize: 14, marginBottom: 4, border: 0, color: 'inherit' }}>
          {t('tickets.intake.accessories')}
        </legend>
        <Checkbox.Group
          value={accessories}
          onChange={(v) => onChange({ accessories: v as Accessory[] })}
          style={GRID}
          options={ACCESSORIES.map((a) => ({ value: a, label: t(`tickets.accessories.${a}`) }))}
        />
      </fieldset>
      <Form.Item label={t('tickets.intake.accessoriesNote')} htmlFor="intake-accessories-note" style={{ margin: '8px 0 12px' }}>
        <Input
          id="intake-accessories-note"
          maxLength={300}
          value={accessoriesNote}
          onChange={(e) => onChange({ accessoriesNote: e.target.value })}
        />
      </Form.Item>
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 500, fontSize: 14, marginBottom: 4, border: 0, color: 'inherit' }}>
          {t('tickets.intake.condition')}
        </legend>
        <Checkbox.Group
          value={condition}
          onChange={(v) => onChange({ condition: v as Condition[] })}
          style={GRID}
          options={CONDITIONS.map((c) => ({ value: c, label: t(`tickets.conditions.${c}`) }))}
        />
      </fieldset>
      <Form.Item label={t('tickets.intake.conditionNote')} htmlFor="intake-condition-note" style={{ margin: '8px 0 0' }}>
        <Input
          id="intake-condition-note"
          maxLength={300}
          value={conditionNote}
          onChange={(e) => onChange({ conditionNote: e.target.value })}
        />
      </Form.Item>
    </Card>
  );
}
