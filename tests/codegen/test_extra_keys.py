"""A generated model's ``additional_properties`` (keys its schema does not name) is made on first use:
records without such keys carry none (memory a large answer would pay per record), and no two instances
ever share one, so writing to one model never shows up in another."""

from __future__ import annotations

from decimal import Decimal

import attrs
from mesh_client.models import Position
from moneykit_client.models import HoldingResponse

HOLDING = {"account_id": "a1", "security_id": "s1", "quantity": "1.000000000000000001"}


def test_records_without_extra_keys_carry_no_dict_and_never_share_one() -> None:
    first, second = (
        Position.from_dict({"symbol": "A", "amount": 1}),
        Position.from_dict({"symbol": "A", "amount": 1}),
    )
    assert first._additional_properties is None and second._additional_properties is None
    first["exchangeMic"] = "XNAS"
    first.additional_properties["isin"] = "US0378331005"
    assert first.additional_properties == {"exchangeMic": "XNAS", "isin": "US0378331005"}
    assert second.additional_properties == {} and "exchangeMic" not in second
    assert second.additional_properties is not Position().additional_properties
    assert first != second and first.additional_keys == ["exchangeMic", "isin"]


def test_extra_keys_are_kept_compared_shown_and_written_back() -> None:
    drifted = HoldingResponse.from_dict({**HOLDING, "lot_method": "fifo"})
    plain = HoldingResponse.from_dict(HOLDING)
    assert drifted.additional_properties == {"lot_method": "fifo"} and "lot_method" in drifted
    assert drifted.to_dict() == {**HOLDING, "quantity": Decimal("1.000000000000000001"), "lot_method": "fifo"}
    assert drifted != plain and "'lot_method': 'fifo'" in repr(drifted)
    # never made (None) and made empty are the same thing: equal, shown alike, written alike
    touched = HoldingResponse.from_dict(HOLDING)
    assert touched.additional_properties == {}
    assert touched == plain and repr(touched) == repr(plain) and touched.to_dict() == plain.to_dict()
    assert attrs.evolve(plain, quantity=Decimal(2)).additional_properties == {}
