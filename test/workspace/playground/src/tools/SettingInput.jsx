import {
  NumberInput,
  PasswordInput,
  Select,
  TextAreaInput,
  TextInput,
  ToggleSwitch,
} from '@rocket.chat/fuselage';

// One input per Apps-Engine setting type; the value is kept as the engine stores it.
export function SettingInput({ setting, labels = {}, value, onChange }) {
  const qa = `setting-input-${setting.id}`;
  switch (setting.type) {
    case 'boolean':
      return (
        <ToggleSwitch
          data-qa={qa}
          checked={Boolean(value)}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
    case 'select': {
      const options = (setting.values ?? []).map((v) => [v.key, labels[v.i18nLabel] ?? v.i18nLabel ?? v.key]);
      return (
        <Select data-qa={qa} options={options} value={value ?? ''} onChange={onChange} placeholder="Choose" />
      );
    }
    case 'int':
    case 'number':
      return (
        <NumberInput
          data-qa={qa}
          value={value ?? ''}
          onChange={(e) => onChange(e.currentTarget.value === '' ? '' : Number(e.currentTarget.value))}
        />
      );
    case 'password':
      return (
        <PasswordInput data-qa={qa} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)} />
      );
    case 'code':
      return (
        <TextAreaInput
          data-qa={qa}
          rows={4}
          value={value ?? ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    default:
      return <TextInput data-qa={qa} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
