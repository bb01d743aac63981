"""Word n-gram language models built from the community's own texts, for CTC beam search.

An adapter trained on ten minutes of speech still misspells words it heard once;
a language model built from the texts a community already has (stories, primers,
a Bible or hymn-book translation, the project's own transcripts) steers the beam
search towards words and word sequences of the language.

Modules:
    errors:     LanguageModelError (a user-facing sentence, like every core error)
    texts:      the project's `texts/` folder and its manifest: add/remove texts (plain
                text, ELAN/TextGrid tiers, the project's transcripts), normalised corpus,
                report (sentences, words, characters the adapter cannot spell, test-clip
                sentences found in the texts)
    kneser_ney: modified Kneser-Ney estimation in numpy (order chosen from the text)
    arpa:       writing and reading the ARPA format KenLM reads; `ArpaModel` scores words
                with the same back-off arithmetic as `kenlm.Model`
    scorer:     the language model pyctcdecode uses: real KenLM when importable, else
                `ArpaModel` behind pyctcdecode's own `LanguageModel`
    store:      the project's built model (`lm/`): build, check, load
    tuning:     LM weight and word bonus chosen on the dev clips, stored with the adapter

Why we build the ARPA ourselves: KenLM's estimator (`lmplz`) is not in any wheel
(`kenlm` on PyPI is a source build of the query library only), and the app must build
a model on Windows and macOS machines without a compiler. Estimation is a few numpy
sorts; decoding goes through pyctcdecode, with KenLM where it is installed.
"""
