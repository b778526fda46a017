import { Box, Tabs, TabsItem } from '@rocket.chat/fuselage';
import { useState } from 'react';
import { EmailsPanel } from './EmailsPanel';
import { EndpointPanel } from './EndpointPanel';
import { LogsPanel } from './LogsPanel';
import { SettingsPanel } from './SettingsPanel';
import { ServerSettingsPanel } from './ServerSettingsPanel';

const tabs = [
  ['endpoint', 'Endpoint'],
  ['logs', 'Logs'],
  ['emails', 'Emails'],
  ['settings', 'Settings'],
  ['server', 'Server'],
];

// The developer's side of the page; only the visible tab polls.
export function ToolsPanel({ workspace, language, onProblem }) {
  const [tab, setTab] = useState('endpoint');
  return (
    <Box className="pg-tools" data-qa="tools">
      <Tabs>
        {tabs.map(([id, label]) => (
          <TabsItem key={id} selected={tab === id} data-qa={`tab-${id}`} onClick={() => setTab(id)}>
            {label}
          </TabsItem>
        ))}
      </Tabs>
      <Box className="pg-tools-body">
        {tab === 'endpoint' && <EndpointPanel endpointUrl={workspace?.endpointUrl} onProblem={onProblem} />}
        {tab === 'logs' && <LogsPanel />}
        {tab === 'emails' && <EmailsPanel />}
        {tab === 'server' && <ServerSettingsPanel onProblem={onProblem} />}
        {tab === 'settings' && (
          <SettingsPanel settings={workspace?.settings} language={language} onProblem={onProblem} />
        )}
      </Box>
    </Box>
  );
}
