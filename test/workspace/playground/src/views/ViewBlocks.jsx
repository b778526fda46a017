import { UiKitComponent, UiKitModal, kitContext } from '@rocket.chat/fuselage-ui-kit';

// The view's blocks, rendered by Rocket.Chat's own renderer. fuselage-ui-kit 0.31 has one
// surface for views, the modal one; the web client of that era used it for contextual bars too.
export const ViewBlocks = ({ context, blocks }) => (
  <kitContext.Provider value={context}>
    <UiKitComponent render={UiKitModal} blocks={blocks} />
  </kitContext.Provider>
);
