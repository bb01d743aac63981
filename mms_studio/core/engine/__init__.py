"""The MMS engine: base model, adapters, training, evaluation, transcription, adapter library.

Headless and Qt-free; every long job is a plain function taking a `TaskState`
and raising `Cancelled` after keeping what it finished. torch, transformers
and accelerate are imported by the modules below, never by this package, so
`import mms_studio.core.engine` stays cheap. Import from the modules.

Project-level jobs — `jobs` (the app's and the CLI's product rules on top of them, such as
run names, the dev clip and the baseline, are in `mms_studio.core.workflows`):
    train_project(project, *, config: TrainConfig, name=None, base=None, from_adapter=None,
                  resume=False, state, compare_with=None)
                  -> TrainOutcome(result: TrainResult, adapter: AdapterInfo, baseline)
        = prepare_run(project, ...) -> RunPlan   (main process: splits, vocab, runs/<name>/manifest.json)
        + run_training(plan, *, config, resume, state, is_main, compare_with) (every process)
    evaluate_project(project, *, adapter=None, baseline="eng"|None, split="test", state) -> EvalReport
    load_recogniser(project, *, adapter=None, device="auto") -> Recogniser
    find_adapter(project, name=None) -> AdapterInfo  (project adapters, then the user library)
    project_utterances(project, *, split) -> list[Utterance]

Building blocks:
    base:       resolve_base_model(id_or_folder, *, languages, state) -> Path (OfflineError when
                offline and missing), load_base_model(dir, *, target_lang=None, dtype=None),
                base_vocabularies(dir), available_adapters(dir)
    adapters:   init_adapter(model, *, vocab, base_dir, from_adapter=None, seed) -> AdapterInit
                (fresh, or continued from a related language with shared output rows copied;
                freezes all but the adapter, adapter kept float32 on a bf16/fp16 base, dropout
                off), disable_dropout, adapter_state / set_adapter_state /
                save_adapter_file / read_adapter_file
    data:       Utterance, LabelCodec (vocab + the project's Normalizer.tokens),
                preflight(utts, codec) -> (examples, dropped), plan_batches (seconds budget,
                length grouping, deterministic per (seed, epoch)), collate, normalize_audio
    train_config: TrainConfig (frozen; gradient_checkpointing "auto"|"on"|"off",
                cache_features, preset), read_run_config(run_dir), learning_rate(step, cfg)
    trainer:    train(*, model, codec, train_set, dev_set, config, run_dir, state, resume,
                hardware) -> TrainResult (.best_eval, .checkpointing, .feature_cache); a plain
                loop (set-up, step, evaluate-and-track) over one _Progress state; resume keeps
                the run's own config.json; runs/<name>/metrics.jsonl, config.json (with the
                memory plan), checkpoint/, best.safetensors
    run_log:    the typed rows the loop reports and logs: TrainStep, EvalRow, DroppedClips;
                read_rows(run_dir), MetricsLog (metrics.jsonl, "kind" per JSON line)
    ctc:        ctc_loss, evaluate_examples -> DevScores (training's dev evaluation)
    runtime:    seed_step, fresh_accelerate_state, set_gradient_checkpointing (transformer
                layers only)
    checkpoint: save_checkpoint / load_checkpoint / has_checkpoint (safetensors + JSON, no pickle)
    hardware:   detect(device) -> Hardware, pick_precision(hw, requested),
                seconds_per_batch(hw, *, base_params, precision), free_memory_gb(hw),
                plan_checkpointing(*, seconds, precision, free_gb, ...) -> CheckpointPlan
    inference:  choose_inference_precision(hw, requested) ("bf16"|"int8"|"fp16"|"fp32"),
                load_dtype, prepare_for_inference, cast_frozen_base (training)
    features:   the frozen conv encoder in pieces (use_pieces, encode_in_pieces: exact, bounded
                memory) and FeatureCache (each clip's frames across epochs)
    decode:     best_path, greedy_decode (words, frame times, confidences), FRAME_SECONDS = 0.02
    metrics:    word_errors, char_errors (grapheme clusters), corpus_wer, corpus_cer
    evaluate:   evaluate(transcribe, utts, *, normalize, adapter, baseline) -> EvalReport
                (.wer, .cer, .baseline_*, .per_speaker(), .to_dict(), .to_text());
                score_base_adapter(model, ...) -> DevScores, BaselineScores
    transcribe: Recogniser.load(base_dir, *, adapter_dir=... | language=..., device, precision);
                .use_adapter(dir) / .use_base_language(base_dir, code) switch without reloading;
                .transcribe(path_or_samples, *, chunk_seconds=30, context_seconds=3,
                pause_seconds=0.5, state) -> Transcription (segments streamed as partial
                results; TranscriptionCancelled.partial on stop); .transcribe_text(samples) -> str
    library:    save_adapter, read_adapter_info, list_adapters, user_library_dir,
                export_bundle(dir, out, as_zip), export_hf_folder(dir, base_dir=, out=),
                import_bundle(bundle, library=, name=)
"""
