"""The cue and adapter subcommands on a real event file, against a Companion stub."""

from __future__ import annotations

import json

from controlroom.cli import main

from .day import SEED001


def setup_event(tmp_path):
    event = tmp_path / "dag.krom"
    assert main(["import", str(SEED001), "--event", str(event), "--date", "2024-05-06"]) == 0
    return event


def test_cli_propose_list_add_fire_remove(tmp_path, capsys, companion_stub):
    event = setup_event(tmp_path)
    assert main(["adapters", str(event), "add", "companion", "--kind", "companion", "--port",
                 str(companion_stub.port)]) == 0
    assert main(["cues", str(event), "propose", "--scene", "Plenum"]) == 0
    assert "cues foreslått" in capsys.readouterr().out
    assert main(["cues", str(event), "add", "--block", "2", "--trigger", "before_end", "--before", "3",
                 "--action", "companion:press:1/2/3", "--label", "Lys ned"]) == 0
    uid = capsys.readouterr().out.strip()
    assert main(["cues", str(event), "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    mine = next(r for r in rows if r["uid"] == uid)
    assert mine["trigger"] == "before_end" and mine["offset_seconds"] == 180 and mine["block"] == 2
    assert mine["actions"] == [{"adapter": "companion", "kind": "press", "params": {"location": "1/2/3"}}]
    assert any(r["label"] == "Start strømmen (scene Plenum)" for r in rows)
    assert main(["cues", str(event), "fire", uid]) == 0
    assert companion_stub.pressed == [(1, 2, 3)]
    assert capsys.readouterr().out.strip() == "Utført"
    assert main(["cues", str(event), "list", "--json"]) == 0
    assert next(r for r in json.loads(capsys.readouterr().out) if r["uid"] == uid)["status"] == "done"
    assert main(["cues", str(event), "remove", uid]) == 0


def test_cli_bad_action_and_refused_adapter(tmp_path, capsys):
    event = setup_event(tmp_path)
    assert main(["cues", str(event), "add", "--block", "1", "--action", "obs"]) == 2
    assert "ADAPTER:HANDLING" in capsys.readouterr().err
    assert main(["cues", str(event), "add", "--block", "99", "--action", "obs:start_stream"]) == 2
    assert "Bolk 99 finnes ikke" in capsys.readouterr().err
    from integrations.stubs.http_stub import refused_port

    assert main(["adapters", str(event), "add", "vmix", "--kind", "vmix", "--port", str(refused_port())]) == 0
    assert main(["adapters", str(event), "test", "vmix"]) == 1
    assert "avvist" in capsys.readouterr().out
