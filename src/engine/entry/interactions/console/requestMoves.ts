/** The ports and texts a console move needs, over one call: the shared pieces of the page's actions and forms. */
import type { MovePorts, MoveTexts } from '../../../../app/operator/moveRequest';
import type { EngineCall } from '../../../adapters/engineCall';
import { notifierOf } from '../../../adapters/messaging/notifierPort';
import { requestsStore } from '../../../adapters/persistence/requestsStore';
import { operatorMoveText } from '../../../views/operatorMoveText';

export const MOVE_TEXTS: MoveTexts = (request, move) => (t) => operatorMoveText(request, move, t) ?? '';

/** Only moves that concern the person are told (a note is not): see operatorMoveText. */
export const PERSON_TEXTS: MoveTexts = (request, move) =>
  move.move === 'note' || move.move === 'withdraw' ? undefined : MOVE_TEXTS(request, move);

export function storeOf(call: EngineCall) {
  return requestsStore(call.read.getPersistenceReader(), call.persistence, call.logger);
}

export function movePortsOf(call: EngineCall): MovePorts {
  return { requests: storeOf(call), notifier: notifierOf(call), log: call.logger };
}
