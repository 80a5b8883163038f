-- Whom the professional informed of a signal, and since when informing is postponed. Parents of a
-- child under 16 and a child aged 12 or older must be informed. The column informed_on, from V3, is the day they were informed.

alter table signals
    add column parents_informed       boolean not null default false,
    add column child_informed         boolean not null default false,
    add column informing_postponed_on date;

alter table signals
    add constraint signals_informed_parties
        check ((informed_on is null) = not (parents_informed or child_informed)),
    add constraint signals_informed_not_before_registration
        check (informed_on is null or informed_on >= registered_on),
    add constraint signals_informing_postponed_on
        check (informing_postponed = (informing_postponed_on is not null));
