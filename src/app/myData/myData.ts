/** `/privacy mydata`: what the app stores about a person, and deleting what no open request needs. */
import type { Deletable, DeletionPlan, MyData, StoredRequest } from '../../core/myData/myData';
import { isEmpty, whatCanBeDeleted } from '../../core/myData/myData';

/** Reads everything kept about one person in as few reads as the store allows (two). */
export interface MyDataStore<R extends StoredRequest = StoredRequest> {
  read(userId: string): Promise<MyData<R>>;
  remove(userId: string, deletable: Deletable): Promise<void>;
}

export interface MyDataView<R extends StoredRequest> {
  data: MyData<R>;
  plan: DeletionPlan;
}

export async function showMyData<R extends StoredRequest>(
  store: MyDataStore<R>,
  userId: string,
  now: Date,
): Promise<MyDataView<R>> {
  const data = await store.read(userId);
  return { data, plan: whatCanBeDeleted(data, now) };
}

/** Deletes what the plan, made from a fresh read, offers; returns the plan (what went, what stayed). */
export async function deleteWhatIsNotNeeded<R extends StoredRequest>(
  store: MyDataStore<R>,
  userId: string,
  now: Date,
): Promise<DeletionPlan> {
  const { plan } = await showMyData(store, userId, now);
  if (!isEmpty(plan.deletable)) await store.remove(userId, plan.deletable);
  return plan;
}
