import {
  Box,
  Button,
  ButtonGroup,
  Contextualbar,
  ContextualbarAction,
  ContextualbarActions,
  ContextualbarContent,
  ContextualbarFooter,
  ContextualbarHeader,
  ContextualbarTitle,
} from '@rocket.chat/fuselage';
import { useViewSession } from './useViewSession';
import { ViewBlocks } from './ViewBlocks';
import { buttonLabel, textOf } from './textOf';

export function ContextualBarView({ username, view, errors, onProblem }) {
  const { context, submit, close, busy } = useViewSession(username, view, errors, onProblem);
  return (
    <Contextualbar data-qa="uikit-contextual-bar" data-view-id={view.id} className="pg-contextual-bar">
      <ContextualbarHeader>
        <ContextualbarTitle>
          <span data-qa="uikit-title">{textOf(view.title)}</span>
        </ContextualbarTitle>
        <ContextualbarActions>
          <ContextualbarAction title="Close" name="cross" data-qa="uikit-close" onClick={close} />
        </ContextualbarActions>
      </ContextualbarHeader>
      <ContextualbarContent className="pg-contextual-bar-content">
        {/* ContextualbarContent is a flex column: keep the blocks from being squeezed to fit. */}
        <Box flexShrink={0} pbe={16}>
          <ViewBlocks context={context} blocks={view.blocks} />
        </Box>
      </ContextualbarContent>
      {(view.submit || view.close) && (
        <ContextualbarFooter>
          <ButtonGroup stretch>
            {view.close && <Button onClick={close}>{buttonLabel(view.close, 'Close')}</Button>}
            {view.submit && (
              <Button data-qa="uikit-submit" primary disabled={busy} onClick={submit}>
                {buttonLabel(view.submit, 'Submit')}
              </Button>
            )}
          </ButtonGroup>
        </ContextualbarFooter>
      )}
    </Contextualbar>
  );
}
