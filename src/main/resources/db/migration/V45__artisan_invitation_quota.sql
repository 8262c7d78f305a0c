-- How many staff invitations a business sent on its last day of inviting (WITA). Kept on the business, not counted
-- from memberships, so that withdrawing an invitation does not give the day's quota back.
ALTER TABLE artisan_business
    ADD COLUMN invitation_day       DATE,
    ADD COLUMN invitations_that_day INT NOT NULL DEFAULT 0 CHECK (invitations_that_day BETWEEN 0 AND 10);
