import { Button, ButtonGroup, Modal } from '@rocket.chat/fuselage';
import { useViewSession } from './useViewSession';
import { ViewBlocks } from './ViewBlocks';
import { buttonLabel, textOf } from './textOf';

export function ModalView({ username, view, errors, onProblem }) {
  const { context, submit, close, busy } = useViewSession(username, view, errors, onProblem);
  return (
    <Modal.Backdrop>
      <Modal data-qa="uikit-modal" data-view-id={view.id} open>
        <Modal.Header>
          <Modal.Title>
            <span data-qa="uikit-title">{textOf(view.title)}</span>
          </Modal.Title>
          <Modal.Close onClick={close} />
        </Modal.Header>
        <Modal.Content>
          <ViewBlocks context={context} blocks={view.blocks} />
        </Modal.Content>
        <Modal.Footer>
          <ButtonGroup align="end">
            <Button data-qa="uikit-close" onClick={close}>
              {buttonLabel(view.close, 'Cancel')}
            </Button>
            {view.submit && (
              <Button
                data-qa="uikit-submit"
                primary={view.submit.style !== 'danger'}
                danger={view.submit.style === 'danger'}
                disabled={busy}
                onClick={submit}
              >
                {buttonLabel(view.submit, 'Submit')}
              </Button>
            )}
          </ButtonGroup>
        </Modal.Footer>
      </Modal>
    </Modal.Backdrop>
  );
}
