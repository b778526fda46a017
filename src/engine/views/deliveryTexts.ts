/** What people read about their request's delivery, for the delivery use cases (pure: data + translator). */
import type { DeliveryTexts } from '../../app/delivery/ports';
import { handedOverText, statusChangeText, statusLabel } from './requestText';

export const deliveryTexts: DeliveryTexts = {
  statusChange: (request, extra) => (t) => statusChangeText(request, t, extra),
  handedOver: (request, dpoEmail) => (t) => handedOverText(request, t, dpoEmail),
  cancelTooLate: (request) => (translator) =>
    translator.t('cancel.final', { ref: request.ref, status: statusLabel(request, translator) }),
};
