import { createContext, type ReactNode, useContext } from 'react';
import { WEB_MODULES } from '../modules';
import type { TWebModule } from '../modules/module.types';

// The module list the running app was built with: WEB_MODULES, or another list in tests (a fixture
// module). The menu, the dictionaries, the header search and the audit labels read it from here.

const WebModulesContext = createContext<readonly TWebModule[]>(WEB_MODULES);

export function WebModulesProvider({ modules, children }: { modules: readonly TWebModule[]; children: ReactNode }) {
  return <WebModulesContext.Provider value={modules}>{children}</WebModulesContext.Provider>;
}

export const useWebModules = () => useContext(WebModulesContext);
