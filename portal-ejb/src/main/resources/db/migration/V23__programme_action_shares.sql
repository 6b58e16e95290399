-- F7: a gemeente shares a programme action with a circle it belongs to, so its members may cite the action in the
-- circle's harvest. Withdrawing keeps the row (withdrawn_at), so a citation can say "no longer shared" instead of
-- silently vanishing; sharing again clears it. No foreign key to the action: a share outlives a deleted action as
-- the record that it was shared, and its citations then read "no longer shared" too.
create table programme_action_share (
  id            varchar(36)               not null primary key,
  tenant_id     varchar(36)               not null references tenant (id),
  programme_id  varchar(36)               not null,
  action_id     varchar(36)               not null,
  circle_id     varchar(36)               not null references circle (id),
  shared_by     varchar(200)              not null,
  shared_at     timestamp with time zone  not null,
  withdrawn_at  timestamp with time zone,
  version       bigint                    not null,
  constraint programme_action_share_once unique (action_id, circle_id)
);
