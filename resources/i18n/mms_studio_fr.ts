<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdapterTable</name>
    <message>
        <location filename="../../mms_studio/gui/adapter_table.py" line="+26"/>
        <source>Adapter library</source>
        <translation>Bibliothèque d&apos;adaptateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation>Les adaptateurs entraînés dans ce projet avec leurs taux d&apos;erreur sur les extraits de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev CER</source>
        <translation>CER (contrôle)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev WER</source>
        <translation>WER (contrôle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s CER</source>
        <translation>CER du modèle de base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same dev clips transcribed by the base model on its own: its adapter for this language (MMS), or its own output, zero-shot (Omnilingual); — when it has none</source>
        <translation>Les mêmes extraits de contrôle transcrits par le modèle de base seul&#xa0;: son adaptateur pour cette langue (MMS), ou sa propre sortie, sans entraînement (Omnilingual)&#xa0;; — s&apos;il n&apos;en a pas</translation>
    </message>
    <message>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation type="vanished">Les mêmes extraits de contrôle transcrits par l&apos;adaptateur propre au modèle de base pour cette langue, s&apos;il en a un (— s&apos;il n&apos;en a pas)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mms_studio/gui/app.py" line="+146"/>
        <location line="+38"/>
        <source>Cannot open this project</source>
        <translation>Impossible d&apos;ouvrir ce projet</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Opening {name}… — MMS Studio</source>
        <translation>Ouverture de {name}… — MMS Studio</translation>
    </message>
</context>
<context>
    <name>BaseModelDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_model.py" line="+86"/>
        <source>The base model is needed</source>
        <translation>Le modèle de base est nécessaire</translation>
    </message>
    <message>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}” (about 4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues where it stopped — or choose a folder that already holds it.</source>
        <translation type="vanished">Pour entraîner et transcrire, MMS Studio a besoin du modèle de base MMS de Meta «&#xa0;{base}&#xa0;» (environ 4 Go, sous licence CC-BY-NC 4.0). Téléchargez-le une seule fois — un téléchargement interrompu reprend là où il s&apos;est arrêté — ou choisissez un dossier qui le contient déjà.</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="vanished">&amp;Télécharger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}”: a speech model that has learned from recordings in more than a thousand languages. MMS Studio teaches it your language by training a small adapter on your clips; the base model itself stays as it is.</source>
        <translation>Pour entraîner et transcrire, MMS Studio a besoin du modèle de base MMS de Meta «&#xa0;{base}&#xa0;»&#xa0;: un modèle de parole qui a appris à partir d&apos;enregistrements dans plus de mille langues. MMS Studio lui apprend votre langue en entraînant un petit adaptateur sur vos extraits&#xa0;; le modèle de base lui-même reste tel quel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is about 4 GB, downloaded once and kept on this computer; an interrupted download continues where it stopped. Its licence, CC-BY-NC 4.0, allows non-commercial use with attribution, and adapters trained on it fall under the same terms. If you already have it, choose the folder that holds it.</source>
        <translation>Il fait environ 4 Go, se télécharge une seule fois et reste sur cet ordinateur&#xa0;; un téléchargement interrompu reprend là où il s&apos;est arrêté. Sa licence, CC-BY-NC 4.0, permet un usage non commercial avec attribution, et les adaptateurs entraînés dessus suivent les mêmes conditions. Si vous l&apos;avez déjà, choisissez le dossier qui le contient.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the base model has been downloaded</source>
        <translation>Quelle part du modèle de base a été téléchargée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download (about 4 GB)</source>
        <translation>&amp;Télécharger (environ 4 Go)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop the download</source>
        <translation>A&amp;rrêter le téléchargement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Choisir un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model from the internet once; it continues where it stopped</source>
        <translation>Télécharger le modèle de base depuis Internet, une seule fois&#xa0;; le téléchargement reprend là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the download</source>
        <translation>Arrêter le téléchargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downloading; what was downloaded is kept and the next download continues</source>
        <translation>Arrêter le téléchargement&#xa0;; ce qui a été téléchargé est gardé et le prochain téléchargement continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a folder that already holds the base model (config.json and model.safetensors)</source>
        <translation>Utiliser un dossier qui contient déjà le modèle de base (config.json et model.safetensors)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this for now; training and transcribing need the base model</source>
        <translation>Fermer pour l&apos;instant&#xa0;; l&apos;entraînement et la transcription ont besoin du modèle de base</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping the download…</source>
        <translation>Arrêt du téléchargement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading… time left {eta}</source>
        <translation>Téléchargement… temps restant {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ The base model is ready.</source>
        <translation>✓ Le modèle de base est prêt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download stopped. What was downloaded is kept; Download continues from there.</source>
        <translation>Téléchargement arrêté. Ce qui a été téléchargé est gardé&#xa0;; Télécharger reprend à partir de là.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The download failed; see the log file.</source>
        <translation>⚠ Le téléchargement a échoué&#xa0;; voir le fichier journal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder with the base model</source>
        <translation>Dossier du modèle de base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ That folder does not hold a model (config.json and model.safetensors are needed).</source>
        <translation>⚠ Ce dossier ne contient pas de modèle (config.json et model.safetensors sont nécessaires).</translation>
    </message>
</context>
<context>
    <name>BaseModelsDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_models_dialog.py" line="+66"/>
        <source>Base model and disk space</source>
        <translation>Modèle de base et espace disque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The base model is the speech model your adapters are trained on. Its licence also covers every adapter trained on it.</source>
        <translation>Le modèle de base est le modèle de parole sur lequel vos adaptateurs sont entraînés. Sa licence couvre aussi chaque adaptateur entraîné dessus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Base models</source>
        <translation>Modèles de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base models this project can train on, with licence, download size, languages and speed; the project&apos;s current one is marked</source>
        <translation>Les modèles de base utilisables pour ce projet, avec licence, taille du téléchargement, langues et vitesse&#xa0;; celui du projet est marqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this base</source>
        <translation>&amp;Utiliser cette base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this base</source>
        <translation>Utiliser cette base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected base model the one this project trains on</source>
        <translation>Faire du modèle de base sélectionné celui sur lequel ce projet s&apos;entraîne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a &amp;folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a base model folder on this computer (an MMS or Omnilingual ASR CTC model with config.json and model.safetensors)</source>
        <translation>Utiliser un dossier de modèle de base sur cet ordinateur (un modèle MMS ou Omnilingual ASR CTC avec config.json et model.safetensors)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Converted base models on this computer</source>
        <translation>Modèles de base convertis sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>&amp;Tout supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear converted models</source>
        <translation>Supprimer les modèles convertis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every converted copy of a base model; each is made again the next time its base is used</source>
        <translation>Supprimer toutes les copies converties des modèles de base&#xa0;; chacune est refaite la prochaine fois que sa base sert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear u&amp;nused</source>
        <translation>Supprimer les &amp;inutilisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear unused converted models</source>
        <translation>Supprimer les modèles convertis inutilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete only converted copies whose base model changed or is gone</source>
        <translation>Supprimer seulement les copies converties dont le modèle de base a changé ou a disparu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Licence Apache-2.0: commercial use allowed, for the base and the adapters trained on it</source>
        <translation>Licence Apache-2.0&#xa0;: usage commercial permis, pour la base et les adaptateurs entraînés dessus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence CC-BY-NC 4.0: non-commercial use only, and adapters trained on it too</source>
        <translation>Licence CC-BY-NC 4.0&#xa0;: usage non commercial seulement, pour les adaptateurs entraînés dessus aussi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ✓ this project&apos;s base</source>
        <translation>  ✓ base de ce projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download: {size}</source>
        <translation>Téléchargement&#xa0;: {size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on this computer: {path}</source>
        <translation>Déjà sur cet ordinateur&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages: {languages}</source>
        <translation>Langues&#xa0;: {languages}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed: {note}</source>
        <translation>Vitesse&#xa0;: {note}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Folder with a base model</source>
        <translation>Dossier contenant un modèle de base</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the base model…</source>
        <translation>Vérification du modèle de base…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ This project now trains on {title}.</source>
        <translation>✓ Ce projet s&apos;entraîne maintenant sur {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Something went wrong; see the log file.</source>
        <translation>⚠ Un problème est survenu&#xa0;; voir le fichier journal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None: nothing converted takes space.</source>
        <translation>Aucun&#xa0;: aucun modèle converti n&apos;occupe de place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} in {count} file(s); {unused} of it unused (its base changed or is gone). A cleared copy is made again when its base is next used.</source>
        <translation>{size} dans {count} fichier(s), dont {unused} inutilisés (leur base a changé ou a disparu). Une copie supprimée est refaite la prochaine fois que sa base sert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ The disk use could not be measured: {reason}</source>
        <translation>⚠ L&apos;espace disque utilisé n&apos;a pas pu être mesuré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clearing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ {size} freed.</source>
        <translation>✓ {size} libérés.</translation>
    </message>
</context>
<context>
    <name>ClipNames</name>
    <message>
        <location filename="../../mms_studio/gui/clip_names.py" line="+54"/>
        <source>clip {number}</source>
        <translation>extrait {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clip {number} “{text}”</source>
        <translation>extrait {number} «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}, subtitle {number} (line {line})</source>
        <translation>{file}, sous-titre {number} (ligne {line})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, line {line}</source>
        <translation>{file}, ligne {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected transcript of {file}, {start}–{end} s</source>
        <translation>transcription corrigée de {file}, {start}–{end} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded: {take}</source>
        <translation>enregistré&#xa0;: {take}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev</source>
        <translation>contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned yet</source>
        <translation>pas encore attribué</translation>
    </message>
</context>
<context>
    <name>ClipsModel</name>
    <message>
        <location filename="../../mms_studio/gui/models/clips_model.py" line="+49"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ ok</source>
        <translation>✓ ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ needs review</source>
        <translation>⚠ à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ excluded</source>
        <translation>✗ exclu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>🗑 deleted</source>
        <translation>🗑 supprimé</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../mms_studio/gui/shell/crash.py" line="+90"/>
        <source>MMS Studio hit a problem</source>
        <translation>MMS Studio a rencontré un problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside MMS Studio.</source>
        <translation>Une erreur s&apos;est produite dans MMS Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

To tell the developers, press Copy report and paste it into your message. The details are also in the log file:
{path}</source>
        <translation>Vos enregistrements, transcriptions et entraînements terminés sont sauvegardés au fur et à mesure&#xa0;: rien de ce que vous avez achevé n&apos;est perdu. Vous pouvez continuer à travailler, ou redémarrer l&apos;application par précaution.

Pour prévenir les développeurs, appuyez sur Copier le rapport et collez-le dans votre message. Les détails sont aussi dans le journal&#xa0;:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

The details are in the log file:
{path}</source>
        <translation type="vanished">Vos enregistrements, transcriptions et entraînements terminés sont enregistrés au fur et à mesure&#xa0;: rien de ce que vous avez terminé n&apos;est perdu. Vous pouvez continuer à travailler, ou redémarrer l&apos;application par précaution.

Les détails sont dans le fichier journal&#xa0;:
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/dataset.py" line="+112"/>
        <source>Dataset</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add recordings with transcripts: audio files with .txt/.lab beside them, folders, ELAN, TextGrid, subtitles, CSV tables, Common Voice. You can also drop them here.</source>
        <translation>Ajouter des enregistrements avec leurs transcriptions&#xa0;: fichiers audio avec un .txt/.lab à côté, dossiers, ELAN, TextGrid, sous-titres, tableaux CSV, Common Voice. Vous pouvez aussi les déposer ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by transcript, speaker or source</source>
        <translation>Filtrer par transcription, locuteur ou source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter clips</source>
        <translation>Filtrer les extraits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show clips with status</source>
        <translation>Afficher les extraits à l&apos;état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs review</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>exclu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete selected clips</source>
        <translation>Supprimer les extraits sélectionnés</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete the selected clips (Del); Ctrl+Z brings them back</source>
        <translation>Supprimer les extraits sélectionnés (Del)&#xa0;; Ctrl+Z les rétablit</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+224"/>
        <location line="+3"/>
        <source>Orthography report</source>
        <translation>Rapport d&apos;orthographe</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>List every character used in the transcripts, how often, and in which clips</source>
        <translation>Lister chaque caractère des transcriptions, combien de fois et dans quels extraits</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clips</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clip with its status in words; Space plays or stops the clip, Enter or F2 edits its transcript, Escape cancels the edit, the Menu key changes status or split.</source>
        <translation>Chaque extrait avec son état en toutes lettres&#xa0;; Espace écoute ou arrête l&apos;extrait, Entrée ou F2 modifie sa transcription, Échap annule la modification, la touche Menu change son état ou son groupe.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mark as ok</source>
        <translation>Marquer comme ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as needing review</source>
        <translation>Marquer à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude from training</source>
        <translation>Exclure de l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the training set</source>
        <translation>Mettre dans les extraits d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the dev set</source>
        <translation>Mettre dans les extraits de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the test set</source>
        <translation>Mettre dans les extraits de test</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play the selected clip</source>
        <translation>Écouter l&apos;extrait sélectionné</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Play the selected clip (Ctrl+Space)</source>
        <translation>Écouter l&apos;extrait sélectionné (Ctrl+Space)</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show every clip again</source>
        <translation>Afficher à nouveau tous les extraits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the clips with this status</source>
        <translation>Afficher seulement les extraits à cet état</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;deleted</source>
        <translation>Afficher les &amp;supprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show deleted clips</source>
        <translation>Afficher les extraits supprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List deleted clips too, so they can be brought back</source>
        <translation>Lister aussi les extraits supprimés, pour pouvoir les rétablir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Orthography report</source>
        <translation>Rapport d&apos;&amp;orthographe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected &amp;clips</source>
        <translation>&amp;Extraits sélectionnés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected clips</source>
        <translation>Extraits sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected clips as ok, needing review or excluded, or move them to the training, dev or test set</source>
        <translation>Marquer les extraits sélectionnés comme ok, à revoir ou exclus, ou les mettre dans les extraits d&apos;entraînement, de contrôle ou de test</translation>
    </message>
    <message>
        <source>Every clip with its status in words; F2 edits a transcript, the Menu key changes status or split, Ctrl+Space plays the clip.</source>
        <translation type="vanished">Chaque extrait avec son état en toutes lettres&#xa0;; F2 modifie une transcription, la touche Menu change l&apos;état ou le groupe, Ctrl+Space fait écouter l&apos;extrait.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+189"/>
        <source>Select a clip to see and hear it.</source>
        <translation>Sélectionnez un extrait pour le voir et l&apos;écouter.</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the import is done</source>
        <translation>Quelle part de l&apos;import est faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>Arrêter l&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current clip; clips already imported are kept</source>
        <translation>Arrêter après l&apos;extrait en cours&#xa0;; les extraits déjà importés sont gardés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was imported and what was skipped, with the reason</source>
        <translation>Ce qui a été importé et ce qui a été ignoré, avec la raison</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clips yet. Click Import… or drop recordings with their transcripts here — or record new ones on the Record page.</source>
        <translation>Pas encore d&apos;extraits. Cliquez sur Importer… ou déposez ici des enregistrements avec leurs transcriptions — ou enregistrez-en de nouveaux sur la page Enregistrer.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>delete the selected clips</source>
        <translation>supprimer les extraits sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>play or stop the selected clip</source>
        <translation>écouter ou arrêter l&apos;extrait sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play the selected clip</source>
        <translation>écouter l&apos;extrait sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the selected transcript</source>
        <translation>modifier la transcription sélectionnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, F2</source>
        <translation>Entrée, F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancel the edit</source>
        <translation>annuler la modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter clips</source>
        <translation>filtrer les extraits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>importing recordings</source>
        <translation>import d&apos;enregistrements</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clips: {clips} · speech: {minutes} min · speakers: {speakers} · splits: {splits}</source>
        <translation>Extraits&#xa0;: {clips} · parole&#xa0;: {minutes} min · locuteurs&#xa0;: {speakers} · groupes&#xa0;: {splits}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Clip {number} · {seconds} s · {speaker} — {text}</source>
        <translation>Extrait {number} · {seconds} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Recordings and transcripts</source>
        <translation>Enregistrements et transcriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Clips: {clips} · speech: {minutes:.1f} min · speakers: {speakers} · splits: {splits}</source>
        <translation type="vanished">Extraits&#xa0;: {clips} · parole&#xa0;: {minutes:.1f} min · locuteurs&#xa0;: {speakers} · groupes&#xa0;: {splits}</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>This version of MMS Studio cannot make the report yet.</source>
        <translation type="vanished">Cette version de MMS Studio ne peut pas encore produire ce rapport.</translation>
    </message>
    <message>
        <source>{id} · {seconds:.1f} s · {speaker} — {text}</source>
        <translation type="vanished">{id} · {seconds:.1f} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>unknown speaker</source>
        <translation>locuteur inconnu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot play this clip</source>
        <translation>Impossible d&apos;écouter cet extrait</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <source>The change was not made</source>
        <translation>La modification n&apos;a pas été faite</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleted {n} clip(s). Undo with Ctrl+Z.</source>
        <translation>{n} extrait(s) supprimé(s). Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import recordings and transcripts</source>
        <translation>Importer des enregistrements et transcriptions</translation>
    </message>
    <message>
        <source>Recordings and transcripts (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;All files (*)</source>
        <translation type="vanished">Enregistrements et transcriptions (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import already running</source>
        <translation>Import déjà en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the current import to finish, or stop it first.</source>
        <translation>Attendez la fin de l&apos;import en cours, ou arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the current clip…</source>
        <translation>Arrêt après l&apos;extrait en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped  {where}: {reason}</source>
        <translation>ignoré  {where}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported {source} ({seconds:.1f} s)</source>
        <translation>importé {source} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/evaluation.py" line="+77"/>
        <source>Test clips</source>
        <translation>Extraits de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev clips</source>
        <translation>Extraits de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eval&amp;uate</source>
        <translation>Éval&amp;uer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Choose an adapter and press Evaluate.</source>
        <translation>Choisissez un adaptateur et appuyez sur Évaluer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Greedy CER</source>
        <translation>CER sans LM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LM CER</source>
        <translation>CER avec LM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model CER</source>
        <translation>CER du modèle de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the base model writes without training on your recordings: its own adapter for the project&apos;s language (MMS), or its own output, the same for every language (Omnilingual).</source>
        <translation>Ce que le modèle de base écrit sans entraînement sur vos enregistrements&#xa0;: son adaptateur propre pour la langue du projet (MMS), ou sa propre sortie, la même pour toutes les langues (Omnilingual).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Play clip</source>
        <translation>É&amp;couter l&apos;extrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in &amp;Dataset</source>
        <translation>&amp;Vérifier dans Données</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <location line="+6"/>
        <source>Clips</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>WER (greedy → LM)</source>
        <translation>WER (sans LM → avec LM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CER (greedy → LM)</source>
        <translation>CER (sans LM → avec LM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adapter:</source>
        <translation>Adaptateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trained adapter to evaluate</source>
        <translation>L&apos;adaptateur entraîné à évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate on the test or the dev clips</source>
        <translation>Évaluer sur les extraits de test ou de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe every clip with and without the language model</source>
        <translation>Transcrire chaque extrait avec et sans le modèle de langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the evaluation</source>
        <translation>Arrêter l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation progress</source>
        <translation>Progression de l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the evaluation is done</source>
        <translation>Quelle part de l&apos;évaluation est faite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each clip&apos;s character error rate; click a header to sort</source>
        <translation>Le taux d&apos;erreur de caractères de chaque extrait&#xa0;; cliquez sur un en-tête pour trier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference and each hypothesis, wrong characters marked</source>
        <translation>Le texte de référence et chaque transcription obtenue, avec les caractères faux marqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play clip</source>
        <translation>Écouter l&apos;extrait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the selected clip</source>
        <translation>Écouter l&apos;extrait sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in Dataset</source>
        <translation>Vérifier dans Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected clip on the Dataset page to check its transcript</source>
        <translation>Ouvrir l&apos;extrait sélectionné sur la page Données pour vérifier sa transcription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error rates per speaker</source>
        <translation>Taux d&apos;erreur par locuteur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an evaluation</source>
        <translation>une évaluation</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} clips. Greedy: WER {wer}, CER {cer}.</source>
        <translation>{n} extraits. Sans modèle de langue&#xa0;: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the language model: WER {wer}, CER {cer}.</source>
        <translation>Avec le modèle de langue&#xa0;: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base model, no training: WER {wer}, CER {cer}.</source>
        <translation>Modèle de base, sans entraînement&#xa0;: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greedy</source>
        <translation>Sans modèle de langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language model</source>
        <translation>Modèle de langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That clip is no longer in the dataset.</source>
        <translation>Cet extrait n&apos;est plus dans les données.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../mms_studio/gui/shell/guide.py" line="+36"/>
        <source>Getting started — MMS Studio</source>
        <translation>Prise en main — MMS Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short guide to MMS Studio, with pictures</source>
        <translation>Un petit guide illustré de MMS Studio</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/language.py" line="+61"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation>Le code de langue est fixé à la création du projet&#xa0;; les adaptateurs sont entraînés et nommés pour lui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project&apos;s name, shown in the window title</source>
        <translation>Le nom du projet, affiché dans le titre de la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Code de langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation>Le modèle MMS sur lequel les adaptateurs sont entraînés (lecture seule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language code:</source>
        <translation>Code de langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the &amp;base model…</source>
        <translation>Choisir le modèle de &amp;base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the base model</source>
        <translation>Choisir le modèle de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model or choose a folder that holds it</source>
        <translation>Télécharger le modèle de base ou choisir un dossier qui le contient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base model:</source>
        <translation>Modèle de base&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation>&amp;Ignorer majuscules/minuscules (seulement si elles n&apos;ont pas de sens dans cette langue)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra characters to drop, e.g. * # …</source>
        <translation>caractères en plus à retirer, ex.&#xa0;: * # …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation>ponctuation qui est une lettre ici, ex.&#xa0;: &apos; ʼ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation>lettres écrites en groupe, ex.&#xa0;: ng ch kp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation>un par ligne&#xa0;: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper and lower case</source>
        <translation>Ignorer majuscules et minuscules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if case carries no meaning in this language</source>
        <translation>Seulement si majuscules et minuscules n&apos;ont pas de sens dans cette langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters to remove</source>
        <translation>Caractères à retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Punctuation kept as letters</source>
        <translation>Ponctuation gardée comme lettres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multigraphs</source>
        <translation>Multigrammes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacements</source>
        <translation>Remplacements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How transcripts become training text</source>
        <translation>Comment les transcriptions deviennent du texte d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove:</source>
        <translation>&amp;Retirer&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as letters:</source>
        <translation>&amp;Garder comme lettres&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multigraphs:</source>
        <translation>&amp;Multigrammes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;placements:</source>
        <translation>Rempla&amp;cements&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type a sentence to see what the model learns</source>
        <translation>écrivez une phrase pour voir ce que le modèle apprend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample sentence</source>
        <translation>Phrase d&apos;exemple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learned as</source>
        <translation>Appris comme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample as the recogniser will learn it</source>
        <translation>L&apos;exemple tel que la reconnaissance vocale l&apos;apprendra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ample:</source>
        <translation>E&amp;xemple&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned as:</source>
        <translation>Appris comme&#xa0;:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The language settings are not saved yet: {reason} What you typed is kept on the Language page.</source>
        <translation>Les paramètres de langue ne sont pas encore enregistrés&#xa0;: {reason} Ce que vous avez écrit reste sur la page Langue.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>✓ Saved as you type; Edit › Undo takes a change back.</source>
        <translation>✓ Enregistré au fur et à mesure&#xa0;; Édition › Annuler revient sur une modification.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../mms_studio/gui/recording/meter.py" line="+28"/>
        <location line="+30"/>
        <source>silence</source>
        <translation>silence</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The microphone&apos;s loudness in decibels; a warning in words shows when it is too loud</source>
        <translation>Le volume du microphone en décibels&#xa0;; un avertissement écrit s&apos;affiche quand il est trop fort</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Input level</source>
        <translation>Niveau d&apos;entrée</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>⚠ Too loud!</source>
        <translation>⚠ Trop fort&#xa0;!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level ok</source>
        <translation>niveau ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet</source>
        <translation>faible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mms_studio/gui/main_window.py" line="+109"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe</source>
        <translation>Transcrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parts of the project: choose one with the arrow keys, or press Ctrl+1 to Ctrl+5 from anywhere.</source>
        <translation>Les parties du projet&#xa0;: choisissez-en une avec les flèches, ou appuyez sur Ctrl+1 à Ctrl+5 depuis n&apos;importe où.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opening the project…</source>
        <translation>Ouverture du projet…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every change is saved as you make it.</source>
        <translation>Chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{name} ({language}) — MMS Studio</source>
        <translation>{name} ({language}) — MMS Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} take(s) cut short by a crash were kept; review them on the Record page</source>
        <translation>Prises interrompues par un plantage et gardées&#xa0;: {n}&#xa0;; revoyez-les sur la page Enregistrer</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import recordings…</source>
        <translation>&amp;Importer des enregistrements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;long recording with its transcript…</source>
        <translation>Importer un enregistrement &amp;long avec sa transcription…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Base model and disk space…</source>
        <translation>Modèle de &amp;base et espace disque…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show the {page} page</source>
        <translation>Afficher la page {page}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Getting started</source>
        <translation>Prise en &amp;main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MMS Studio</source>
        <translation>À &amp;propos de MMS Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio will be in {language} after you restart it; until then it stays as it is.</source>
        <translation>MMS Studio sera en {language} après redémarrage&#xa0;; d&apos;ici là, il reste tel quel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The new interface language shows in full the next time MMS Studio starts.</source>
        <translation type="vanished">La nouvelle langue de l&apos;interface s&apos;affichera entièrement au prochain démarrage de MMS Studio.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key combination and what it does</source>
        <translation>Chaque combinaison de touches et son action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About MMS Studio</source>
        <translation>À propos de MMS Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio {version}. Trains small adapters for Meta&apos;s MMS speech model (facebook/mms-1b-all, licensed CC-BY-NC 4.0: adapters you train inherit that licence). Log file: {log}</source>
        <translation>MMS Studio {version}. Entraîne de petits adaptateurs pour le modèle de parole MMS de Meta (facebook/mms-1b-all, sous licence CC-BY-NC 4.0&#xa0;: les adaptateurs que vous entraînez héritent de cette licence). Fichier journal&#xa0;: {log}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open project folder</source>
        <translation>Ouvrir le dossier du projet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The long recording</source>
        <translation>L&apos;enregistrement long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.aif *.aiff);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.aif *.aiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its transcript (one utterance a line, or ELAN)</source>
        <translation>Sa transcription (un énoncé par ligne, ou ELAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts (*.txt *.eaf);;All files (*)</source>
        <translation>Transcriptions (*.txt *.eaf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a background job</source>
        <translation>une tâche en arrière-plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop and close?</source>
        <translation>Arrêter et fermer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio is still busy with: {jobs}. Closing stops it; what is already finished is kept.</source>
        <translation>MMS Studio est encore occupé&#xa0;: {jobs}. Fermer l&apos;arrête&#xa0;; ce qui est déjà terminé est gardé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and close</source>
        <translation>Arrêter et fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+78"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Abui stories</source>
        <translation>ex.&#xa0;: contes abui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name; the project folder is named after it.</source>
        <translation>N&apos;importe quel nom&#xa0;; le dossier du projet porte ce nom.</translation>
    </message>
    <message>
        <source>ISO 639-3 code, e.g. abz</source>
        <translation type="vanished">code ISO 639-3, ex.&#xa0;: abz</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="vanished">Code de langue</translation>
    </message>
    <message>
        <source>The language&apos;s ISO 639-3 code (two or three small letters); it cannot be changed later.</source>
        <translation type="vanished">Le code ISO 639-3 de la langue (deux ou trois lettres minuscules)&#xa0;; il ne pourra pas être changé ensuite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name or ISO 639-3 code, e.g. Abui or abz</source>
        <translation>Son nom ou son code ISO 639-3, ex.&#xa0;: Abui ou abz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the language&apos;s name (in English or in the interface language) or its ISO 639-3 code, then pick it from the list below (Down arrow, then Enter); it cannot be changed later. A variety without a code of its own can use a private-use code, qaa to qtz.</source>
        <translation>Écrivez le nom de la langue (en anglais ou dans la langue de l&apos;interface) ou son code ISO 639-3, puis choisissez-la dans la liste ci-dessous (flèche Bas, puis Entrée)&#xa0;; il ne pourra pas être changé ensuite. Une variété sans code propre peut utiliser un code à usage privé, de qaa à qtz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching languages</source>
        <translation>Langues correspondantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages whose name or code matches what you typed; Enter or a click picks one</source>
        <translation>Les langues dont le nom ou le code correspond à ce que vous avez écrit&#xa0;; Entrée ou un clic en choisit une</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that will hold the project; type a path or choose one with the button beside it.</source>
        <translation>Le dossier qui contiendra le projet&#xa0;; saisissez un chemin ou choisissez-en un avec le bouton à côté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder that will hold the project</source>
        <translation>Choisir le dossier qui contiendra le projet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Project &amp;name:</source>
        <translation>&amp;Nom du projet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Type the language&apos;s name or its ISO 639-3 code and pick it from the list (a variety without a code of its own: qaa to qtz).</source>
        <translation>Écrivez le nom de la langue ou son code ISO 639-3 et choisissez-la dans la liste (une variété sans code propre&#xa0;: de qaa à qtz).</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation type="vanished">Code de &amp;langue&#xa0;:</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Keep it &amp;in:</source>
        <translation>&amp;Dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create project</source>
        <translation>Créer le projet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the project folder and open it</source>
        <translation>Créer le dossier du projet et l&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without creating a project</source>
        <translation>Fermer sans créer de projet</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Give the project a name.</source>
        <translation>Donnez un nom au projet.</translation>
    </message>
    <message>
        <source>Enter the language&apos;s ISO 639-3 code (two or three small letters).</source>
        <translation type="vanished">Saisissez le code ISO 639-3 de la langue (deux ou trois lettres minuscules).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder to keep the project in.</source>
        <translation>Choisissez un dossier où garder le projet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with this name already exists there; choose another name.</source>
        <translation>Un dossier de ce nom existe déjà à cet endroit&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project will be saved in: {path}</source>
        <translation>Le projet sera enregistré dans&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ {code}: a private-use code, for a variety without a code of its own.</source>
        <translation>✓ {code}&#xa0;: un code à usage privé, pour une variété sans code propre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep projects in</source>
        <translation>Garder les projets dans</translation>
    </message>
</context>
<context>
    <name>OrthographyReport</name>
    <message>
        <location filename="../../mms_studio/gui/orthography_view.py" line="+26"/>
        <source>Orthography report: {clips} transcripts, {units} different units, {problems} things to check.</source>
        <translation>Rapport d&apos;orthographe&#xa0;: {clips} transcriptions, {units} unités différentes, {problems} points à vérifier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{unit}	×{count}	{description}	e.g. {examples}</source>
        <translation>{unit}	×{count}	{description}	ex.&#xa0;: {examples}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Units (most frequent first)</source>
        <translation>Unités (les plus fréquentes d&apos;abord)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>These become the recogniser&apos;s vocabulary.</source>
        <translation>Elles forment le vocabulaire de la reconnaissance vocale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare units</source>
        <translation>Unités rares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used {n} times or fewer: often a typing mistake.</source>
        <translation>Utilisées {n} fois ou moins&#xa0;: souvent une faute de frappe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loose combining marks</source>
        <translation>Signes diacritiques isolés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mark with no letter before it: check the spacing.</source>
        <translation>Un signe sans lettre devant&#xa0;: vérifiez les espaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the vocabulary</source>
        <translation>Hors du vocabulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recogniser cannot write these (they become [UNK]).</source>
        <translation>La reconnaissance vocale ne peut pas les écrire (ils deviennent [UNK]).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by text cleaning</source>
        <translation>Retirés au nettoyage du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punctuation and symbols the recogniser will not learn.</source>
        <translation>Ponctuation et symboles que la reconnaissance vocale n&apos;apprendra pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look-alike characters</source>
        <translation>Caractères qui se ressemblent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different characters that look the same: pick one.</source>
        <translation>Des caractères différents qui ont le même aspect&#xa0;: choisissez-en un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{unit}” {description} ×{count} (e.g. {examples})</source>
        <translation>«&#xa0;{unit}&#xa0;» {description} ×{count} (ex.&#xa0;: {examples})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech has no digits: write numbers as words, the way they are said.</source>
        <translation>La parole n&apos;a pas de chiffres&#xa0;: écrivez les nombres en lettres, comme on les dit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words mixing scripts</source>
        <translation>Mots mélangeant des écritures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usually a letter typed with the wrong keyboard.</source>
        <translation>En général une lettre tapée avec le mauvais clavier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{word}” in {clip}: {scripts}</source>
        <translation>«&#xa0;{word}&#xa0;» dans {clip}&#xa0;: {scripts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in composed (NFC) form</source>
        <translation>Pas en forme composée (NFC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleaned automatically; the original text uses decomposed letters.</source>
        <translation>Nettoyé automatiquement&#xa0;; le texte d&apos;origine utilise des lettres décomposées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty after cleaning</source>
        <translation>Vide après nettoyage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These transcripts have no letters left: fix or exclude them.</source>
        <translation>Ces transcriptions n&apos;ont plus aucune lettre&#xa0;: corrigez-les ou excluez-les.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/record.py" line="+75"/>
        <location line="+73"/>
        <location line="+336"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>who is speaking (name or code)</source>
        <translation>qui parle (nom ou code)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A text file with one sentence per line</source>
        <translation>Un fichier texte avec une phrase par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+296"/>
        <source>Free recording</source>
        <translation>Enregistrement libre</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Record without prompts and type what was said</source>
        <translation>Enregistrer sans phrases à lire et écrire ce qui a été dit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speaker:</source>
        <translation>L&amp;ocuteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look for microphones again</source>
        <translation>Rechercher à nouveau les microphones</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Look for microphones again (after plugging one in)</source>
        <translation>Rechercher à nouveau les microphones (après en avoir branché un)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone the takes are recorded from</source>
        <translation>Le microphone qui enregistre les prises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open prompts…</source>
        <translation>Ouvrir des &amp;phrases à lire…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free &amp;recording</source>
        <translation>&amp;Enregistrement libre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts:</source>
        <translation>Phrases à lire&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>what is said in the take</source>
        <translation>ce qui est dit dans la prise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript of the take</source>
        <translation>Transcription de la prise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is said in the take; Ctrl+R records, Ctrl+Enter accepts the take.</source>
        <translation>Ce qui est dit dans la prise&#xa0;; Ctrl+R enregistre, Ctrl+Enter accepte la prise.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play take</source>
        <translation>Écouter la prise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record again</source>
        <translation>Réenregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and next</source>
        <translation>Accepter et suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording a take; press again to stop</source>
        <translation>Commencer à enregistrer une prise&#xa0;; appuyez à nouveau pour arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen to the take; press again to stop</source>
        <translation>Écouter la prise&#xa0;; appuyez à nouveau pour arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this take away and record the sentence again</source>
        <translation>Jeter cette prise et réenregistrer la phrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the take and its transcript to the dataset, then show the next sentence</source>
        <translation>Ajouter la prise et sa transcription aux données, puis afficher la phrase suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous sentence</source>
        <translation>Revenir à la phrase précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next sentence without recording</source>
        <translation>Passer à la phrase suivante sans enregistrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+165"/>
        <source>Press Record (Ctrl+R) and read the sentence.</source>
        <translation>Appuyez sur Enregistrer (Ctrl+R) et lisez la phrase.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Review re&amp;covered take</source>
        <translation>Revoir la prise &amp;récupérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review recovered take</source>
        <translation>Revoir la prise récupérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next take a crash interrupted, to play, transcribe and accept it</source>
        <translation>Charger la prochaine prise interrompue par un plantage, pour l&apos;écouter, la transcrire et l&apos;accepter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Transcript:</source>
        <translation>&amp;Transcription&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>start or stop recording</source>
        <translation>démarrer ou arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play or stop the take</source>
        <translation>écouter ou arrêter la prise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the sentence again</source>
        <translation>réenregistrer la phrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accept the take and go to the next sentence</source>
        <translation>accepter la prise et passer à la phrase suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip to the next sentence</source>
        <translation>passer à la phrase suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go back to the previous sentence</source>
        <translation>revenir à la phrase précédente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording a take</source>
        <translation>enregistrement d&apos;une prise</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Added “{text}” to the dataset.</source>
        <translation>«&#xa0;{text}&#xa0;» ajouté aux données.</translation>
    </message>
    <message>
        <source>⚠ No microphone found. Plug one in and come back to this page.</source>
        <translation type="vanished">⚠ Aucun microphone trouvé. Branchez-en un et revenez sur cette page.</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Microphone not changed</source>
        <translation>Microphone non changé</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+263"/>
        <source>Open prompts</source>
        <translation>Ouvrir des phrases à lire</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>no microphone found</source>
        <translation>aucun microphone trouvé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no microphone</source>
        <translation>pas de microphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>Recording is not possible now: see the message at the top of the page.</source>
        <translation>Impossible d&apos;enregistrer pour l&apos;instant&#xa0;: voyez le message en haut de la page.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use these prompts</source>
        <translation>Impossible d&apos;utiliser ces phrases</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {n} sentences are done.</source>
        <translation>Les {n} phrases sont faites.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished! Open another prompts file or record freely.</source>
        <translation>✓ Terminé&#xa0;! Ouvrez un autre fichier de phrases ou enregistrez librement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentence {i} of {n}</source>
        <translation>Phrase {i} sur {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say anything, then type what you said below.</source>
        <translation>Dites ce que vous voulez, puis écrivez ci-dessous ce que vous avez dit.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Recording… press Stop (Ctrl+R) when done.</source>
        <translation>● Enregistrement… appuyez sur Arrêter (Ctrl+R) à la fin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing the take…</source>
        <translation>Finalisation de la prise…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● Recording… {s:.1f} s — press Stop (Ctrl+R) when done.</source>
        <translation>● Enregistrement… {s:.1f} s — appuyez sur Arrêter (Ctrl+R) à la fin.</translation>
    </message>
    <message>
        <source>⚠ The take could not be saved: {error}</source>
        <translation type="vanished">⚠ La prise n&apos;a pas pu être enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, or record again.</source>
        <translation>✓ Bonne prise ({s:.1f} s). Acceptez avec Ctrl+Enter, ou réenregistrez.</translation>
    </message>
    <message>
        <source>Cannot play the take</source>
        <translation type="vanished">Impossible d&apos;écouter la prise</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type what was said</source>
        <translation>Écrivez ce qui a été dit</translation>
    </message>
    <message>
        <source>Type what is said in the take before accepting it.</source>
        <translation type="vanished">Écrivez ce qui est dit dans la prise avant de l&apos;accepter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The take was not added</source>
        <translation>La prise n&apos;a pas été ajoutée</translation>
    </message>
    <message>
        <source>Added clip {id}.</source>
        <translation type="vanished">Extrait {id} ajouté.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Added. Press Record (Ctrl+R) for the next one.</source>
        <translation>✓ Ajouté. Appuyez sur Enregistrer (Ctrl+R) pour la suivante.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ {n} take(s) were being recorded when MMS Studio stopped unexpectedly; they were kept.</source>
        <translation>⚠ MMS Studio s&apos;est arrêté brusquement pendant l&apos;enregistrement de {n} prise(s)&#xa0;; elles ont été gardées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovered take {name} ({s:.1f} s): play it, type what is said and accept it.</source>
        <translation>Prise récupérée {name} ({s:.1f} s)&#xa0;: écoutez-la, écrivez ce qui est dit et acceptez-la.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/review.py" line="+66"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open recording…</source>
        <translation>&amp;Ouvrir un enregistrement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open recording</source>
        <translation>Ouvrir un enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a long recording to cut into clips</source>
        <translation>Choisir un enregistrement long à découper en extraits</translation>
    </message>
    <message>
        <source>&amp;Find speech</source>
        <translation type="vanished">Repérer la &amp;parole</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+163"/>
        <source>Find speech</source>
        <translation>Repérer la parole</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Cut the recording into segments at the speaker&apos;s pauses (no transcript needed)</source>
        <translation>Découper l&apos;enregistrement en segments aux pauses du locuteur (pas besoin de transcription)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Align a transcript…</source>
        <translation>Ali&amp;gner une transcription…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+171"/>
        <source>Align a transcript</source>
        <translation>Aligner une transcription</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Give each line of the recording&apos;s transcript its place in the recording</source>
        <translation>Placer chaque ligne de la transcription au bon endroit dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Send &amp;accepted to the dataset</source>
        <translation type="vanished">&amp;Envoyer les acceptés aux données</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Find s&amp;peech</source>
        <translation>Repérer la &amp;parole</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send accepted to the &amp;dataset</source>
        <translation>&amp;Envoyer les acceptés aux données</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Send accepted to the dataset</source>
        <translation>Envoyer les acceptés aux données</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Add every accepted segment to the dataset as a clip (Ctrl+Enter)</source>
        <translation>Ajouter chaque segment accepté aux données comme extrait (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the running job</source>
        <translation>Arrêter la tâche en cours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a long recording, then find its speech or align its transcript.</source>
        <translation>Ouvrez un enregistrement long, puis repérez la parole ou alignez sa transcription.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How far the running job is</source>
        <translation>Où en est la tâche en cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each segment with its times, review status, score and text. Space plays, A accepts, R rejects, S splits, M merges with the next, F2 edits the text.</source>
        <translation>Chaque segment avec ses temps, son état de révision, son score et son texte. Espace écoute, A accepte, R rejette, S coupe, M fusionne avec le suivant, F2 modifie le texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Space play · A accept · R reject · S split · M merge · Alt+←/→ move start · Alt+Shift+←/→ move end · F2 edit text · Ctrl+Z undo</source>
        <translation>Espace écouter · A accepter · R rejeter · S couper · M fusionner · Alt+←/→ déplacer le début · Alt+Shift+←/→ déplacer la fin · F2 modifier le texte · Ctrl+Z annuler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Play the segment</source>
        <translation>Écouter le segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the segment</source>
        <translation>Accepter le segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the segment</source>
        <translation>Rejeter le segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the segment in two</source>
        <translation>Couper le segment en deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the segment with the next</source>
        <translation>Fusionner le segment avec le suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the start earlier</source>
        <translation>Avancer le début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the start later</source>
        <translation>Retarder le début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end earlier</source>
        <translation>Avancer la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end later</source>
        <translation>Retarder la fin</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reviewing a recording</source>
        <translation>révision d&apos;un enregistrement</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong; the log has the details.</source>
        <translation>Un problème est survenu&#xa0;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a long recording</source>
        <translation>Ouvrir un enregistrement long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: {minutes:.1f} minutes</source>
        <translation>{name}&#xa0;: {minutes:.1f} minutes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recording&apos;s transcript</source>
        <translation>La transcription de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts (*.txt *.eaf);;All files (*)</source>
        <translation>Transcriptions (*.txt *.eaf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{added} clip(s) added to the dataset; {there} were already there.</source>
        <translation>{added} extrait(s) ajouté(s) aux données&#xa0;; {there} y étaient déjà.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>to review</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{count} segment(s) to review.</source>
        <translation>{count} segment(s) à revoir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accept a segment</source>
        <translation>Accepter un segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject a segment</source>
        <translation>Rejeter un segment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split a segment</source>
        <translation>Couper un segment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge two segments</source>
        <translation>Fusionner deux segments</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Move a segment&apos;s edge</source>
        <translation>Déplacer le bord d&apos;un segment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit a segment&apos;s text</source>
        <translation>Modifier le texte d&apos;un segment</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation type="vanished">Langue</translation>
    </message>
    <message>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation type="vanished">Le code de langue est fixé à la création du projet&#xa0;; les adaptateurs sont entraînés et nommés pour lui.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="vanished">Nom du projet</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in the window title</source>
        <translation type="vanished">Le nom du projet, affiché dans le titre de la fenêtre</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="vanished">Code de langue</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="vanished">Modèle de base</translation>
    </message>
    <message>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation type="vanished">Le modèle MMS sur lequel les adaptateurs sont entraînés (lecture seule)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Projet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="vanished">&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Language code:</source>
        <translation type="vanished">Code de langue&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the &amp;base model…</source>
        <translation type="vanished">Choisir le modèle de &amp;base…</translation>
    </message>
    <message>
        <source>Choose the base model</source>
        <translation type="vanished">Choisir le modèle de base</translation>
    </message>
    <message>
        <source>Download the base model or choose a folder that holds it</source>
        <translation type="vanished">Télécharger le modèle de base ou choisir un dossier qui le contient</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation type="vanished">Modèle de base&#xa0;:</translation>
    </message>
    <message>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation type="vanished">&amp;Ignorer majuscules/minuscules (seulement si elles n&apos;ont pas de sens dans cette langue)</translation>
    </message>
    <message>
        <source>extra characters to drop, e.g. * # …</source>
        <translation type="vanished">caractères en plus à retirer, ex.&#xa0;: * # …</translation>
    </message>
    <message>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation type="vanished">ponctuation qui est une lettre ici, ex.&#xa0;: &apos; ʼ</translation>
    </message>
    <message>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation type="vanished">lettres écrites en groupe, ex.&#xa0;: ng ch kp</translation>
    </message>
    <message>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation type="vanished">un par ligne&#xa0;: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <source>Ignore upper and lower case</source>
        <translation type="vanished">Ignorer majuscules et minuscules</translation>
    </message>
    <message>
        <source>Only if case carries no meaning in this language</source>
        <translation type="vanished">Seulement si majuscules et minuscules n&apos;ont pas de sens dans cette langue</translation>
    </message>
    <message>
        <source>Characters to remove</source>
        <translation type="vanished">Caractères à retirer</translation>
    </message>
    <message>
        <source>Punctuation kept as letters</source>
        <translation type="vanished">Ponctuation gardée comme lettres</translation>
    </message>
    <message>
        <source>Multigraphs</source>
        <translation type="vanished">Multigrammes</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation type="vanished">Remplacements</translation>
    </message>
    <message>
        <source>How transcripts become training text</source>
        <translation type="vanished">Comment les transcriptions deviennent du texte d&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation type="vanished">&amp;Retirer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep as letters:</source>
        <translation type="vanished">&amp;Garder comme lettres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Multigraphs:</source>
        <translation type="vanished">&amp;Multigrammes&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;placements:</source>
        <translation type="vanished">Rempla&amp;cements&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ample:</source>
        <translation type="vanished">E&amp;xemple&#xa0;:</translation>
    </message>
    <message>
        <source>type a sentence to see what the model learns</source>
        <translation type="vanished">écrivez une phrase pour voir ce que le modèle apprend</translation>
    </message>
    <message>
        <source>Sample sentence</source>
        <translation type="vanished">Phrase d&apos;exemple</translation>
    </message>
    <message>
        <source>Learned as</source>
        <translation type="vanished">Appris comme</translation>
    </message>
    <message>
        <source>The sample as the recogniser will learn it</source>
        <translation type="vanished">L&apos;exemple tel que la reconnaissance vocale l&apos;apprendra</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">Aperçu</translation>
    </message>
    <message>
        <source>Learned as:</source>
        <translation type="vanished">Appris comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="vanished">&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="vanished">Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Keep these rules for training and scoring</source>
        <translation type="vanished">Garder ces règles pour l&apos;entraînement et l&apos;évaluation</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="vanished">Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation type="vanished">✓ Enregistré.</translation>
    </message>
</context>
<context>
    <name>SoundNotice</name>
    <message>
        <location filename="../../mms_studio/gui/sound_notice.py" line="+88"/>
        <source>Sound devices</source>
        <translation>Périphériques audio</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Look for sound devices again</source>
        <translation>Rechercher à nouveau les périphériques audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After plugging in a microphone, speakers or a headset</source>
        <translation>Après avoir branché un microphone, des haut-parleurs ou un casque</translation>
    </message>
</context>
<context>
    <name>TextsPanel</name>
    <message>
        <location filename="../../mms_studio/gui/texts/panel.py" line="+35"/>
        <source>Texts of the language (language model)</source>
        <translation>Textes de la langue (modèle de langue)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;texts…</source>
        <translation>Ajouter des &amp;textes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Remove text</source>
        <translation>Retirer le texte</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Also learn from the project&apos;s transcripts</source>
        <translation>Apprendre aussi des transcriptions du projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out sentences of dev and test clips</source>
        <translation>Laisser de côté les phrases des extraits de contrôle et de test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names and places the recogniser should favour, separated by commas</source>
        <translation>noms et lieux que la reconnaissance vocale doit privilégier, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build language m&amp;odel</source>
        <translation>Créer le m&amp;odèle de langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Hot&amp;words:</source>
        <translation>&amp;Mots prioritaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The texts the language model learns from</source>
        <translation>Les textes dont le modèle de langue apprend</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Add texts</source>
        <translation>Ajouter des textes</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Add plain-text, ELAN or TextGrid files of the language</source>
        <translation>Ajouter des fichiers de la langue en texte brut, ELAN ou TextGrid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected text</source>
        <translation>Retirer le texte sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use transcripts</source>
        <translation>Utiliser les transcriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn from the training clips&apos; transcripts too</source>
        <translation>Apprendre aussi des transcriptions des extraits d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out test sentences</source>
        <translation>Laisser de côté les phrases de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences that are dev or test clip transcripts would flatter the figures</source>
        <translation>Les phrases qui sont des transcriptions d&apos;extraits de contrôle ou de test embelliraient les résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotwords</source>
        <translation>Mots prioritaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build language model</source>
        <translation>Créer le modèle de langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the language model and tune it for the newest adapter</source>
        <translation>Créer le modèle de langue et l&apos;ajuster pour l&apos;adaptateur le plus récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop building</source>
        <translation>Arrêter la création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the build is done</source>
        <translation>Quelle part de la création est faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the texts hold and what the adapter cannot spell</source>
        <translation>Ce que contiennent les textes et ce que l&apos;adaptateur ne sait pas écrire</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} — {sentences} sentences, {words} words</source>
        <translation>{name} — {sentences} phrases, {words} mots</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language model: {what}.</source>
        <translation>Modèle de langue&#xa0;: {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No language model yet.</source>
        <translation>Pas encore de modèle de langue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>building a language model</source>
        <translation>création d&apos;un modèle de langue</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{n} text(s) added; build the language model to use them.</source>
        <translation>{n} texte(s) ajouté(s)&#xa0;; créez le modèle de langue pour les utiliser.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../mms_studio/gui/review/timeline.py" line="+29"/>
        <source>Recording and its segments</source>
        <translation>L&apos;enregistrement et ses segments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The waveform of the whole recording with one shaded region per segment; drag a region&apos;s edge to move it</source>
        <translation>La forme d&apos;onde de tout l&apos;enregistrement, avec une zone ombrée par segment&#xa0;; faites glisser le bord d&apos;une zone pour le déplacer</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/train.py" line="+86"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking this computer…</source>
        <translation>Vérification de cet ordinateur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training preset</source>
        <translation>Préréglage d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long and how hard to train; the suggestion suits this computer</source>
        <translation>Durée et intensité de l&apos;entraînement&#xa0;; la suggestion convient à cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Advanced settings</source>
        <translation>Paramètres a&amp;vancés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the number of steps, the learning rate and the batch size</source>
        <translation>Afficher ou masquer le nombre d&apos;étapes, le taux d&apos;apprentissage et la taille des lots</translation>
    </message>
    <message>
        <source>from the preset</source>
        <translation type="vanished">selon le préréglage</translation>
    </message>
    <message>
        <source>recipe default (0.001)</source>
        <translation type="vanished">valeur par défaut de la recette (0.001)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fit to memory</source>
        <translation>adapter à la mémoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps</source>
        <translation>Étapes d&apos;entraînement</translation>
    </message>
    <message>
        <source>How many steps to train; 0 takes the number from the preset</source>
        <translation type="vanished">Combien d&apos;étapes d&apos;entraînement&#xa0;; 0 prend le nombre du préréglage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check on dev clips every</source>
        <translation>Vérifier sur les extraits de contrôle toutes les</translation>
    </message>
    <message>
        <source>How many steps between checks on the dev clips; 0 takes it from the preset</source>
        <translation type="vanished">Combien d&apos;étapes entre deux vérifications sur les extraits de contrôle&#xa0;; 0 le prend du préréglage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>How big each training step is; 0 keeps the recipe&apos;s default</source>
        <translation type="vanished">La taille de chaque étape d&apos;entraînement&#xa0;; 0 garde la valeur par défaut de la recette</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>How many steps to train; choosing a preset sets its number</source>
        <translation>Combien d&apos;étapes d&apos;entraînement&#xa0;; choisir un préréglage fixe ce nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many steps between checks on the dev clips; choosing a preset sets its number</source>
        <translation>Combien d&apos;étapes entre deux vérifications sur les extraits de contrôle&#xa0;; choisir un préréglage fixe ce nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How big each training step is; 0.001 is the MMS recipe&apos;s</source>
        <translation>La taille de chaque étape d&apos;entraînement&#xa0;; 0.001 est la valeur de la recette MMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per batch</source>
        <translation>Secondes d&apos;audio par lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much audio each step sees; 0 fits it to this computer&apos;s memory</source>
        <translation>Quantité d&apos;audio vue à chaque étape&#xa0;; 0 l&apos;adapte à la mémoire de cet ordinateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trai&amp;ning steps:</source>
        <translation>Étapes d&apos;entraî&amp;nement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check on dev clips every:</source>
        <translation>Vérifier sur les extraits de &amp;contrôle toutes les&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>Ta&amp;ux d&apos;apprentissage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per &amp;batch:</source>
        <translation>Secondes d&apos;audio par l&amp;ot&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start training</source>
        <translation>Lancer l&apos;&amp;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop; the progress is saved and can be resumed</source>
        <translation>Arrêter&#xa0;; la progression est enregistrée et peut être reprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume stopped run</source>
        <translation>&amp;Reprendre l&apos;entraînement arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start training</source>
        <translation>Lancer l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new adapter on the clips of this project</source>
        <translation>Entraîner un nouvel adaptateur sur les extraits de ce projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume stopped run</source>
        <translation>Reprendre l&apos;entraînement arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the last stopped training run from where it stopped</source>
        <translation>Reprendre le dernier entraînement arrêté là où il s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%p %</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training progress</source>
        <translation>Progression de l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the training run is done</source>
        <translation>Quelle part de l&apos;entraînement est faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running.</source>
        <translation>Aucun entraînement en cours.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loss and error-rate curves appear here while training.</source>
        <translation>Les courbes de perte et de taux d&apos;erreur s&apos;affichent ici pendant l&apos;entraînement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training log</source>
        <translation>Journal d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step&apos;s loss and each check&apos;s error rates, in words</source>
        <translation>La perte de chaque étape et les taux d&apos;erreur de chaque vérification, en toutes lettres</translation>
    </message>
    <message>
        <source>Adapter library</source>
        <translation type="vanished">Bibliothèque d&apos;adaptateurs</translation>
    </message>
    <message>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation type="vanished">Les adaptateurs entraînés dans ce projet avec leurs taux d&apos;erreur sur les extraits de contrôle</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="vanished">Adaptateur</translation>
    </message>
    <message>
        <source>Dev CER</source>
        <translation type="vanished">CER (contrôle)</translation>
    </message>
    <message>
        <source>Dev WER</source>
        <translation type="vanished">WER (contrôle)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Quick try ({steps} steps)</source>
        <translation>Essai rapide ({steps} étapes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard ({steps} steps)</source>
        <translation>Standard ({steps} étapes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thorough ({steps} steps, for a graphics card)</source>
        <translation>Approfondi ({steps} étapes, pour une carte graphique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({steps} steps)</source>
        <translation>{name} ({steps} étapes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Graphics card: {name} ({memory} GB).</source>
        <translation>Carte graphique&#xa0;: {name} ({memory} Go).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), whose bf16 units make it faster. Start with a quick try.</source>
        <translation>Aucune carte graphique trouvée&#xa0;: l&apos;entraînement se fait sur le processeur ({memory} Go de mémoire), dont les unités bf16 le rendent plus rapide. Commencez par un essai rapide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), which has no bf16 units, so training is 2 to 3 times slower than on processors with them. Start with a quick try.</source>
        <translation>Aucune carte graphique trouvée&#xa0;: l&apos;entraînement se fait sur le processeur ({memory} Go de mémoire), qui n&apos;a pas d&apos;unités bf16, si bien que l&apos;entraînement est 2 à 3 fois plus lent que sur les processeurs qui en ont. Commencez par un essai rapide.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Training needs the base model, which is not on this computer yet.</source>
        <translation>L&apos;entraînement a besoin du modèle de base, qui n&apos;est pas encore sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>step {step}: dev loss {loss}, WER {wer}, CER {cer}</source>
        <translation>étape {step}&#xa0;: perte contrôle {loss}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {step}: loss {loss}</source>
        <translation>étape {step}&#xa0;: perte {loss}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own adapter: CER {base}.</source>
        <translation>Terminé&#xa0;: adaptateur {name}, CER contrôle {cer}&#xa0;; adaptateur propre au modèle de base&#xa0;: CER {base}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own output (zero-shot): CER {base}.</source>
        <translation>Terminé&#xa0;: adaptateur {name}, CER de contrôle {cer}&#xa0;; sortie propre au modèle de base (sans entraînement)&#xa0;: CER {base}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished: adapter {name}, dev CER {cer}.</source>
        <translation>Terminé&#xa0;: adaptateur {name}, CER contrôle {cer}.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="vanished">Étapes</translation>
    </message>
    <message>
        <source>Base model&apos;s CER</source>
        <translation type="vanished">CER du modèle de base</translation>
    </message>
    <message>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation type="vanished">Les mêmes extraits de contrôle transcrits par l&apos;adaptateur propre au modèle de base pour cette langue, s&apos;il en a un (— s&apos;il n&apos;en a pas)</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Adapter library (this project)</source>
        <translation>Bibliothèque d&apos;adaptateurs (ce projet)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not check this computer&apos;s hardware.</source>
        <translation>Impossible de vérifier le matériel de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>training an adapter</source>
        <translation>entraînement d&apos;un adaptateur</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Nothing to resume</source>
        <translation>Rien à reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no stopped training run to continue.</source>
        <translation>Il n&apos;y a pas d&apos;entraînement arrêté à reprendre.</translation>
    </message>
    <message>
        <source>Resuming {run}</source>
        <translation type="vanished">Reprise de {run}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starting a new training run.</source>
        <translation>Démarrage d&apos;un nouvel entraînement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current step; progress is saved…</source>
        <translation>Arrêt après l&apos;étape en cours&#xa0;; la progression est enregistrée…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>time left: {eta}</source>
        <translation>temps restant&#xa0;: {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} clip(s) left out (too long, or too short for their transcript).</source>
        <translation>{n} extrait(s) mis de côté (trop long, ou trop court pour sa transcription).</translation>
    </message>
    <message>
        <source>step {step}: dev loss {loss:.3f}, WER {wer}, CER {cer}</source>
        <translation type="vanished">étape {step}&#xa0;: perte contrôle {loss:.3f}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.3f}</source>
        <translation type="vanished">étape {step}&#xa0;: perte {loss:.3f}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>✓ Finished. The adapter is in the library below and on the Transcribe page.</source>
        <translation>✓ Terminé. L&apos;adaptateur est dans la bibliothèque ci-dessous et sur la page Transcrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. {reason}</source>
        <translation>Arrêté. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training could not run</source>
        <translation>L&apos;entraînement n&apos;a pas pu se faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Training failed unexpectedly; see the log file.</source>
        <translation>⚠ L&apos;entraînement a échoué de façon inattendue&#xa0;; voir le fichier journal.</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../mms_studio/gui/plots/curves.py" line="+33"/>
        <source>Loss (lower is better)</source>
        <translation>Perte (plus bas = mieux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rates on dev clips (%)</source>
        <translation>Taux d&apos;erreur sur les extraits de contrôle (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training curves</source>
        <translation>Courbes d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss and error rates by training step; the training log beside it has the same numbers in words</source>
        <translation>Perte et taux d&apos;erreur par étape d&apos;entraînement&#xa0;; le journal d&apos;entraînement à côté donne les mêmes chiffres en toutes lettres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev</source>
        <translation>contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WER (words)</source>
        <translation>WER (mots)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CER (characters)</source>
        <translation>CER (caractères)</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/transcribe.py" line="+75"/>
        <location line="+27"/>
        <source>Transcribe</source>
        <translation>Transcrire</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Open audio…</source>
        <translation>&amp;Ouvrir un audio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+240"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Record something to transcribe</source>
        <translation>Enregistrer quelque chose à transcrire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transcribe</source>
        <translation>&amp;Transcrire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop a recording here, open one, or record.</source>
        <translation>Déposez un enregistrement ici, ouvrez-en un, ou enregistrez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shaded and underlined words are the ones the model is least sure of. Click a word to hear it.</source>
        <translation>Les mots ombrés et soulignés sont ceux dont le modèle est le moins sûr. Cliquez sur un mot pour l&apos;écouter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments, least confident first</source>
        <translation>Segments, les moins sûrs d&apos;abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (edit to correct)</source>
        <translation>Texte (modifiez pour corriger)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add checked segments to the dataset</source>
        <translation>Ajouter les segments &amp;cochés aux données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected segments become training clips; train again to improve the recogniser</source>
        <translation>Les segments corrigés deviennent des extraits d&apos;entraînement&#xa0;; entraînez à nouveau pour améliorer la reconnaissance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>transcribing</source>
        <translation>transcription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a word</source>
        <translation>Clic sur un mot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that word</source>
        <translation>écouter ce mot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a segment</source>
        <translation>Double-clic sur un segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that segment</source>
        <translation>écouter ce segment</translation>
    </message>
    <message>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation type="vanished">Adaptateur {lang} propre au modèle de base (s&apos;il en a un)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export as {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>greedy</source>
        <translation>sans modèle de langue</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>✓ added to the dataset</source>
        <translation>✓ ajouté aux données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✎ corrected</source>
        <translation>✎ corrigé</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Save the transcript as {format}</source>
        <translation>Enregistrer la transcription en {format}</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Open audio</source>
        <translation>Ouvrir un audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a recording to transcribe</source>
        <translation>Choisir un enregistrement à transcrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+240"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>The trained adapter that writes the transcript</source>
        <translation>L&apos;adaptateur entraîné qui écrit la transcription</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a transcript of the recording with the chosen adapter</source>
        <translation>Écrire la transcription de l&apos;enregistrement avec l&apos;adaptateur choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing; the segments already done are kept</source>
        <translation>Arrêter la transcription&#xa0;; les segments déjà faits sont gardés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dapter:</source>
        <translation>Ada&amp;ptateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The transcript word by word; words the model is unsure of are underlined and shaded. Tab moves between words, Enter plays the word.</source>
        <translation>La transcription mot à mot&#xa0;; les mots dont le modèle n&apos;est pas sûr sont soulignés et ombrés. Tab passe d&apos;un mot à l&apos;autre, Entrée fait écouter le mot.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each segment with its confidence in words; F2 corrects the text, Space ticks Add, Ctrl+Space plays the segment.</source>
        <translation>Chaque segment avec sa confiance en toutes lettres&#xa0;; F2 corrige le texte, Espace coche Ajouter, Ctrl+Space fait écouter le segment.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add checked segments to the dataset</source>
        <translation>Ajouter les segments cochés aux données</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Transcription progress</source>
        <translation>Progression de la transcription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the recording is transcribed</source>
        <translation>Quelle part de l&apos;enregistrement est transcrite</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>hear the selected segment</source>
        <translation>écouter le segment sélectionné</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open a recording</source>
        <translation>Ouvrir un enregistrement</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation type="vanished">Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use this recording</source>
        <translation>Impossible d&apos;utiliser cet enregistrement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {seconds:.1f} s</source>
        <translation>{name} — {seconds:.1f} s</translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation type="vanished">Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop &amp;recording</source>
        <translation>Arrêter l&apos;&amp;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Recording… press Stop recording when done.</source>
        <translation>● Enregistrement… appuyez sur Arrêter l&apos;enregistrement quand vous avez fini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finishing the take…</source>
        <translation>Finalisation de la prise…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>● Recording… {s:.1f} s — press Stop recording when done.</source>
        <translation>● Enregistrement… {s:.1f} s — appuyez sur Arrêter l&apos;enregistrement quand vous avez fini.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Transcribing needs the base model, which is not on this computer yet.</source>
        <translation>La transcription a besoin du modèle de base, qui n&apos;est pas encore sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{n} segment(s) so far…</source>
        <translation>{n} segment(s) pour l&apos;instant…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transcription could not run</source>
        <translation>La transcription n&apos;a pas pu se faire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was recognised. Type what is said in the row below and add it to the dataset: that is how the recogniser learns.</source>
        <translation>Rien n&apos;a été reconnu. Écrivez ce qui est dit dans la ligne ci-dessous et ajoutez-la aux données&#xa0;: c&apos;est ainsi que la reconnaissance apprend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} segment(s). Correct the least confident ones first, then add them to the dataset.</source>
        <translation>{n} segment(s). Corrigez d&apos;abord les moins sûrs, puis ajoutez-les aux données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decoder: {decoder}.</source>
        <translation>Décodeur&#xa0;: {decoder}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— nothing recognised</source>
        <translation>— rien n&apos;a été reconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚠ low</source>
        <translation> ⚠ faible</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;i&gt;(nothing recognised: type what is said in the table below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(rien n&apos;a été reconnu&#xa0;: écrivez ce qui est dit dans le tableau ci-dessous)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(no speech found)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(aucune parole trouvée)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation type="vanished">Impossible d&apos;écouter</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{at}: type what is said first.</source>
        <translation>{at}&#xa0;: écrivez d&apos;abord ce qui est dit.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some segments were not added</source>
        <translation>Certains segments n&apos;ont pas été ajoutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {n} clip(s) to the dataset. Train again to improve the recogniser.</source>
        <translation>{n} extrait(s) ajouté(s) aux données. Entraînez à nouveau pour améliorer la reconnaissance.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export transcript</source>
        <translation>Exporter la transcription</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../mms_studio/gui/plots/waveform.py" line="+55"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waveform</source>
        <translation>Forme d&apos;onde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape of the sound over time, in seconds</source>
        <translation>La forme du son dans le temps, en secondes</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+33"/>
        <source>Welcome — MMS Studio</source>
        <translation>Bienvenue — MMS Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn your community&apos;s recordings into a speech recogniser for your language.</source>
        <translation>Faites des enregistrements de votre communauté un outil de reconnaissance vocale pour votre langue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a project for a language: a name, the language code and a folder (Ctrl+N)</source>
        <translation>Commencer un projet pour une langue&#xa0;: un nom, le code de langue et un dossier (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project folder made earlier (Ctrl+O)</source>
        <translation>Ouvrir un dossier de projet créé auparavant (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try a &amp;demo project</source>
        <translation>Essayer un projet de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try a demo project</source>
        <translation>Essayer un projet de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a small project in a made-up language with a tiny model trained on it, to look around without downloading anything (about a minute)</source>
        <translation>Créer un petit projet dans une langue inventée, avec un tout petit modèle entraîné dessus, pour découvrir l&apos;application sans rien télécharger (environ une minute)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo progress</source>
        <translation>Progression de la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far making the demo project has come</source>
        <translation>Où en est la création du projet de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop making the demo</source>
        <translation>Arrêter la création de la démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop making the demo project; what was made stays in its folder</source>
        <translation>Arrêter la création du projet de démonstration&#xa0;; ce qui a été créé reste dans son dossier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects opened before; press Enter to open the selected one.</source>
        <translation>Projets déjà ouverts&#xa0;; appuyez sur Entrée pour ouvrir celui sélectionné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects you open will be listed here.</source>
        <translation>Les projets que vous ouvrez s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open project folder</source>
        <translation>Ouvrir le dossier du projet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Making the demo project in {path}…</source>
        <translation>Création du projet de démonstration dans {path}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo project is ready.</source>
        <translation>Le projet de démonstration est prêt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped. What was made is still in its folder.</source>
        <translation>Arrêté. Ce qui a été créé est toujours dans son dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo project could not be made</source>
        <translation>Le projet de démonstration n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the demo failed unexpectedly; see the log file.</source>
        <translation>La création de la démonstration a échoué de façon inattendue&#xa0;; voir le fichier journal.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mms_studio/gui/core_messages.py" line="+23"/>
        <source>No sound system was found on this computer, so recording and playback are unavailable. Install PortAudio (see the README), then restart MMS Studio.</source>
        <extracomment>Every template a core job or workflow sends; tests/gui/test_core_messages.py checks the sources against this list.</extracomment>
        <translation>Aucun système audio n&apos;a été trouvé sur cet ordinateur&#xa0;: l&apos;enregistrement et l&apos;écoute sont impossibles. Installez PortAudio (voir le README), puis redémarrez MMS Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of sound devices could not be read. Check that the sound system is running, then look for sound devices again.</source>
        <translation>La liste des périphériques audio n&apos;a pas pu être lue. Vérifiez que le système audio fonctionne, puis recherchez à nouveau les périphériques audio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound card was found: recording and playback are unavailable. Plug in a microphone and speakers or a headset, then press “Look for sound devices again”.</source>
        <translation>Aucune carte son n&apos;a été trouvée&#xa0;: l&apos;enregistrement et l&apos;écoute sont impossibles. Branchez un microphone et des haut-parleurs ou un casque, puis appuyez sur «&#xa0;Rechercher à nouveau les périphériques audio&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No microphone was found, so nothing can be recorded. Plug one in, then press “Look for sound devices again”.</source>
        <translation>Aucun microphone n&apos;a été trouvé&#xa0;: rien ne peut être enregistré. Branchez-en un, puis appuyez sur «&#xa0;Rechercher à nouveau les périphériques audio&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speakers or headphones were found, so nothing can be played. Plug some in, then press “Look for sound devices again”.</source>
        <translation>Aucun haut-parleur ni casque n&apos;a été trouvé&#xa0;: rien ne peut être écouté. Branchez-en, puis appuyez sur «&#xa0;Rechercher à nouveau les périphériques audio&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone “{name}” could not be opened; the previous one is still in use.</source>
        <translation>Le microphone «&#xa0;{name}&#xa0;» n&apos;a pas pu être ouvert&#xa0;; le précédent est toujours utilisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone “{name}” could not be started; the previous one is still in use.</source>
        <translation>Le microphone «&#xa0;{name}&#xa0;» n&apos;a pas pu être démarré&#xa0;; le précédent est toujours utilisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sound could not be played: no speakers or headphones answered. Plug some in, then press “Look for sound devices again”.</source>
        <translation>Le son n&apos;a pas pu être joué&#xa0;: aucun haut-parleur ni casque n&apos;a répondu. Branchez-en, puis appuyez sur «&#xa0;Rechercher à nouveau les périphériques audio&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is too short: say the whole sentence after pressing record.</source>
        <translation>La prise est trop courte&#xa0;: dites toute la phrase après avoir appuyé sur Enregistrer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is longer than {seconds:.0f} seconds: split it into shorter sentences.</source>
        <translation>La prise dure plus de {seconds:.0f} secondes&#xa0;: découpez-la en phrases plus courtes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is very quiet: speak closer to the microphone or raise its input level.</source>
        <translation>La prise est très faible&#xa0;: parlez plus près du microphone ou montez son niveau d&apos;entrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is distorted (too loud): move back from the microphone or lower its input level.</source>
        <translation>La prise est saturée (trop forte)&#xa0;: éloignez-vous du microphone ou baissez son niveau d&apos;entrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take {name} could not be read; it is kept in the project&apos;s recordings folder.</source>
        <translation>La prise {name} n&apos;a pas pu être lue&#xa0;; elle est gardée dans le dossier des enregistrements du projet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what is said in the take before accepting it.</source>
        <translation>Écrivez ce qui est dit dans la prise avant de l&apos;accepter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A take is already being recorded.</source>
        <translation>Une prise est déjà en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The take could not be saved in {folder} ({reason}).</source>
        <translation>La prise n&apos;a pas pu être enregistrée dans {folder} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The take could not be saved: {reason}</source>
        <translation>La prise n&apos;a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing training, dev and test clips (speakers kept apart)…</source>
        <translation>Choix des extraits d&apos;entraînement, de contrôle et de test (locuteurs séparés)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the base model…</source>
        <translation>Chargement du modèle de base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the base model for this computer (once)…</source>
        <translation>Préparation du modèle de base pour cet ordinateur (une seule fois)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing with the baseline “{baseline}”…</source>
        <translation>Transcription avec la référence « {baseline} »…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading the base model {base} (about 4 GB, resumable)…</source>
        <translation>Téléchargement du modèle de base {base} (environ 4 Go, peut reprendre)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the downloaded base model…</source>
        <translation>Vérification du modèle de base téléchargé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing…</source>
        <translation>Transcription…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding speech…</source>
        <translation>Repérage de la parole…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding speech in {name} ({n} of {total})…</source>
        <translation>Repérage de la parole dans {name} ({n} sur {total})…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing {speech} of speech ({skipped} of silence skipped)…</source>
        <translation>Transcription de {speech} de parole ({skipped} de silence ignorés)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening to the recording…</source>
        <translation>Écoute de l&apos;enregistrement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligning the transcript…</source>
        <translation>Alignement de la transcription…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the aligned lines to the project…</source>
        <translation>Ajout des lignes alignées au projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding {count} clip(s)…</source>
        <translation>Ajout de {count} extrait(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut from {name} by speech detection; it needs its transcript.</source>
        <translation>Découpé dans {name} par repérage de la parole&#xa0;; il lui faut sa transcription.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech that is not in the transcript follows this line; check where the line ends.</source>
        <translation>De la parole absente de la transcription suit cette ligne&#xa0;; vérifiez où la ligne se termine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech that is not in the transcript comes before this line; check where it starts.</source>
        <translation>De la parole absente de la transcription précède cette ligne&#xa0;; vérifiez où elle commence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alignment of this line is doubtful (score {score}); check its times and its text.</source>
        <translation>L&apos;alignement de cette ligne est douteux (score {score})&#xa0;; vérifiez ses temps et son texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted on the Review page without a transcript; type what is said.</source>
        <translation>Accepté sur la page Révision sans transcription&#xa0;; écrivez ce qui est dit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {count} clip(s)…</source>
        <translation>Export de {count} extrait(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} clip(s) to {folder}.</source>
        <translation>{count} extrait(s) exporté(s) vers {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {count} clip(s)…</source>
        <translation>Import de {count} extrait(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {imported} clip(s); skipped {skipped}.</source>
        <translation>{imported} extrait(s) importé(s) ; {skipped} ignoré(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {step}: dev CER {cer:.1%}, WER {wer:.1%}</source>
        <translation>Étape {step} : CER de contrôle {cer:.1%}, WER {wer:.1%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter…</source>
        <translation>Entraînement de l&apos;adaptateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter (recomputing activations to fit in memory)…</source>
        <translation>Entraînement de l&apos;adaptateur (calculs refaits pour tenir en mémoire)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early: dev CER has not improved for {count} evaluations.</source>
        <translation>Arrêt anticipé : le CER de contrôle ne s&apos;est pas amélioré depuis {count} évaluations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dev clips yet: clip {clip} is kept aside to measure progress.</source>
        <translation>Pas encore d&apos;extraits de contrôle : l&apos;extrait {clip} est mis de côté pour mesurer les progrès.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the base model&apos;s own adapter for this language…</source>
        <translation>Comparaison avec l&apos;adaptateur propre au modèle de base pour cette langue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with what the base model writes on its own (zero-shot)…</source>
        <translation>Comparaison avec ce que le modèle de base écrit seul (sans entraînement)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming {run} with its own settings: step {step} of {steps}. To change them, start a new run.</source>
        <translation>Reprise de {run} avec ses propres paramètres&#xa0;: étape {step} sur {steps}. Pour les changer, lancez un nouvel entraînement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comparison with the base model: {reason}</source>
        <translation>Pas de comparaison avec le modèle de base : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name “{name}” is empty or leads outside the dataset folder.</source>
        <translation>Le nom de fichier «&#xa0;{name}&#xa0;» est vide ou mène hors du dossier des données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is missing or not a recording.</source>
        <translation>{name} est manquant ou n&apos;est pas un enregistrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcription is empty.</source>
        <translation>La transcription est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} recording(s) listed are not in the clips folder: {named}{more}.</source>
        <translation>{count} enregistrement(s) de la liste ne sont pas dans le dossier des extraits&#xa0;: {named}{more}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sentence is empty.</source>
        <translation>La phrase est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path “{path}” leads outside the clips folder; it was not followed.</source>
        <translation>Le chemin «&#xa0;{path}&#xa0;» mène hors du dossier des extraits&#xa0;; il n&apos;a pas été suivi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no tiers.</source>
        <translation>Il n&apos;a aucun niveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its time-aligned top-level tiers has any text; choose a tier with --tier.</source>
        <translation>Aucun de ses niveaux principaux alignés dans le temps ne contient de texte&#xa0;; choisissez un niveau avec --tier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its annotations subdivide another tier&apos;s annotations without times of their own; import the parent tier instead.</source>
        <translation>Ses annotations subdivisent celles d&apos;un autre niveau, sans temps propres&#xa0;; importez plutôt le niveau parent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier has no annotations.</source>
        <translation>Le niveau n&apos;a aucune annotation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} empty annotation(s).</source>
        <translation>{count} annotation(s) vide(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tier matches {asked}; its tiers are: {tiers}.</source>
        <translation>Aucun niveau ne correspond à {asked}&#xa0;; ses niveaux sont&#xa0;: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its tiers has any text.</source>
        <translation>Aucun de ses niveaux ne contient de texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({tried}) was not found in the folders chosen for this import, so its {count} annotation(s) were not imported; put the recording beside the .eaf, or import the folder that holds both.</source>
        <translation>Son enregistrement ({tried}) n&apos;a pas été trouvé dans les dossiers choisis pour cet import, donc ses {count} annotation(s) n&apos;ont pas été importée(s)&#xa0;; placez l&apos;enregistrement à côté du .eaf, ou importez le dossier qui contient les deux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation has no time in the file (unaligned).</source>
        <translation>L&apos;annotation n&apos;a pas de temps dans le fichier (non alignée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation mostly overlaps the one before it on the same tier.</source>
        <translation>L&apos;annotation chevauche en grande partie la précédente sur le même niveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation lies outside the recording {media}.</source>
        <translation>L&apos;annotation se trouve hors de l&apos;enregistrement {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation ends ({end} ms) before it starts ({start} ms).</source>
        <translation>L&apos;annotation finit ({end} ms) avant de commencer ({start} ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation starts after the end of {media}.</source>
        <translation>L&apos;annotation commence après la fin de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording {media} cannot be used: {reason}</source>
        <translation>Son enregistrement {media} ne peut pas être utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds no subtitles.</source>
        <translation>Le fichier ne contient aucun sous-titre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} subtitle(s) were not imported.</source>
        <translation>Son enregistrement ({stem}.wav ou un autre fichier audio nommé {stem}) n&apos;a pas été trouvé à côté, donc ses {count} sous-titre(s) n&apos;ont pas été importé(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} subtitle(s) without text (or repeating the one before).</source>
        <translation>{count} sous-titre(s) sans texte (ou répétant le précédent).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle ends before it starts.</source>
        <translation>Le sous-titre finit avant de commencer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle starts after the end of {media}.</source>
        <translation>Le sous-titre commence après la fin de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle lies outside the recording {media}.</source>
        <translation>Le sous-titre se trouve hors de l&apos;enregistrement {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} interval(s) were not imported.</source>
        <translation>Son enregistrement ({stem}.wav ou un autre fichier audio nommé {stem}) n&apos;a pas été trouvé à côté, donc ses {count} intervalle(s) n&apos;ont pas été importé(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is a point tier; only interval tiers have stretches of speech to cut.</source>
        <translation>C&apos;est un niveau de points&#xa0;; seuls les niveaux d&apos;intervalles ont des passages de parole à découper.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no interval tier with any text.</source>
        <translation>Il n&apos;a aucun niveau d&apos;intervalles contenant du texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval starts after the end of {media}.</source>
        <translation>L&apos;intervalle commence après la fin de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval lies outside the recording {media}.</source>
        <translation>L&apos;intervalle se trouve hors de l&apos;enregistrement {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds no transcribed speech.</source>
        <translation>Il ne contient aucune parole transcrite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({name}.wav) was not found next to it, so its {count} transcribed stretch(es) were not imported.</source>
        <translation>Son enregistrement ({name}.wav) n&apos;a pas été trouvé à côté, donc ses {count} passage(s) transcrit(s) n&apos;ont pas été importé(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch ends before it starts.</source>
        <translation>Le passage finit avant de commencer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch starts after the end of {media}.</source>
        <translation>Le passage commence après la fin de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch lies outside the recording {media} (negative times).</source>
        <translation>Le passage se trouve hors de l&apos;enregistrement {media} (temps négatifs).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read ({reason}).</source>
        <translation>Le fichier n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported by default; choose it with --tier if it holds the transcription.</source>
        <translation>Pas importé par défaut&#xa0;; choisissez-le avec --tier s&apos;il contient la transcription.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invisible character(s) {chars} removed</source>
        <translation>Caractère(s) invisible(s) {chars} retiré(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup removed ({examples})</source>
        <translation>Balisage retiré ({examples})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tier is damaged ({problem}); the other tiers are read. Open the file in Praat and save it again.</source>
        <translation>Ce niveau est endommagé ({problem})&#xa0;; les autres niveaux sont lus. Ouvrez le fichier dans Praat et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as Latin-1 (Western European) text, as Praat does for a file that is not UTF-8 or UTF-16; check its accented letters.</source>
        <translation>Lu comme du texte Latin-1 (Europe de l&apos;Ouest), comme le fait Praat pour un fichier qui n&apos;est ni en UTF-8 ni en UTF-16&#xa0;; vérifiez ses lettres accentuées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} empty or silence interval(s) passed over.</source>
        <translation>{count} intervalle(s) vide(s) ou de silence ignoré(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took tier “{tier}”: it holds the most running text ({letters:,} letters, {words:.1f} words per annotation).</source>
        <translation>Niveau «&#xa0;{tier}&#xa0;» retenu&#xa0;: c&apos;est lui qui contient le plus de texte suivi ({letters:,} lettres, {words:.1f} mots par annotation).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took tier “{tier}”: its name says it holds the transcription ({count} annotation(s)).</source>
        <translation>Niveau «&#xa0;{tier}&#xa0;» retenu&#xa0;: son nom indique qu&apos;il contient la transcription ({count} annotation(s)).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One tier per speaker, named after the speaker: {tiers}.</source>
        <translation>Un niveau par locuteur, nommé d&apos;après lui&#xa0;: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One transcript tier per participant: {tiers}.</source>
        <translation>Un niveau de transcription par participant&#xa0;: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers named as transcriptions: {tiers}.</source>
        <translation>Niveaux nommés comme des transcriptions&#xa0;: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has letters in another script than this project&apos;s usual {usual} ({found}): another language, or letters typed with the wrong keyboard.</source>
        <translation>La transcription contient des lettres d&apos;une autre écriture que l&apos;écriture habituelle du projet, {usual} ({found})&#xa0;: une autre langue, ou des lettres tapées avec le mauvais clavier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip holds no sound at all.</source>
        <translation>L&apos;extrait ne contient aucun son.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is silent (its loudest moment is {peak:.0f} dBFS): nothing was recorded, or the wrong channel or cut was taken.</source>
        <translation>L&apos;extrait est silencieux (son moment le plus fort est à {peak:.0f} dBFS)&#xa0;: rien n&apos;a été enregistré, ou on a pris le mauvais canal ou la mauvaise coupe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is distorted: {share:.1%} of its samples are at full scale (recorded too loud).</source>
        <translation>L&apos;extrait est saturé&#xa0;: {share:.1%} de ses échantillons sont au maximum (enregistré trop fort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is {seconds:.0f} s long; training uses clips of up to {limit:.0f} s, so split it into sentences.</source>
        <translation>L&apos;extrait dure {seconds:.0f} s&#xa0;; l&apos;entraînement utilise des extraits de {limit:.0f} s au plus, découpez-le donc en phrases.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has {letters:,} letters for {seconds:.2f} s of sound ({rate:,.0f} per second; speech has at most about 20): the text and the cut do not belong together.</source>
        <translation>La transcription a {letters:,} lettres pour {seconds:.2f} s de son ({rate:,.0f} par seconde&#xa0;; la parole en a au plus environ 20)&#xa0;: le texte et la coupe ne vont pas ensemble.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has only {letters} letter(s) for {seconds:.0f} s of sound; it is probably incomplete.</source>
        <translation>La transcription n&apos;a que {letters} lettre(s) pour {seconds:.0f} s de son&#xa0;; elle est sans doute incomplète.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is almost all silence ({share:.0%} of it below {level:.0f} dBFS); check that the cut holds the speech.</source>
        <translation>L&apos;extrait est presque entièrement silencieux ({share:.0%} sous {level:.0f} dBFS)&#xa0;; vérifiez que la coupe contient bien la parole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is only {seconds:.2f} s long, too short to hold a word.</source>
        <translation>L&apos;extrait ne dure que {seconds:.2f} s, trop court pour contenir un mot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip sounds like steady noise, not speech (its loudness stays within {spread:.0f} dB, peak {peak:.0f} dBFS); listen to it before training.</source>
        <translation>L&apos;extrait ressemble à un bruit continu, pas à de la parole (son volume reste dans {spread:.0f} dB, pic à {peak:.0f} dBFS)&#xa0;; écoutez-le avant l&apos;entraînement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as timed labels (start end label lines); the times were left out</source>
        <translation>Lu comme des étiquettes horodatées (lignes début fin étiquette)&#xa0;; les temps ont été retirés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording&apos;s name “{id}” at the start of the line was left out</source>
        <translation>Le nom de l&apos;enregistrement «&#xa0;{id}&#xa0;» en début de ligne a été retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as an “id|text” line (another tool&apos;s layout); the id “{id}” was left out</source>
        <translation>Lu comme une ligne «&#xa0;id|texte&#xa0;» (format d&apos;un autre outil)&#xa0;; l&apos;id «&#xa0;{id}&#xa0;» a été retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} clip(s), {hms} of audio; {flagged} need review; skipped {skipped}.</source>
        <translation>{count} extrait(s) importé(s), {hms} d&apos;audio&#xa0;; {flagged} à revoir&#xa0;; {skipped} ignoré(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} ({count} clip(s)).</source>
        <translation>{text} ({count} extrait(s)).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  imported  {name}: {count} clip(s), {seconds:.1f} s</source>
        <translation>  importé   {name}&#xa0;: {count} extrait(s), {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  skipped   {where}: {reason}</source>
        <translation>  ignoré    {where}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  note      {where}: {text}</source>
        <translation>  note      {where}&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript holds annotation markup ({examples}) that would be learnt as speech; edit it, or import again with the option to remove markup.</source>
        <translation>La transcription contient du balisage d&apos;annotation ({examples}) qui serait appris comme de la parole&#xa0;; modifiez-la, ou importez à nouveau avec l&apos;option qui retire le balisage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  review    {where}: {reason}</source>
        <translation>  à revoir  {where}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is left of the transcript once markup and invisible characters are removed.</source>
        <translation>Il ne reste rien de la transcription une fois le balisage et les caractères invisibles retirés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored clip cannot be read back: {reason}</source>
        <translation>L&apos;extrait enregistré ne peut pas être relu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the tiny demo model…</source>
        <translation>Création du tout petit modèle de démonstration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording {count} demo clips…</source>
        <translation>Enregistrement de {count} extraits de démonstration…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the texts…</source>
        <translation>Lecture des textes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the language model…</source>
        <translation>Création du modèle de langue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring {clips} dev clips…</source>
        <translation>Évaluation de {clips} extraits de contrôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuning the language model weights on {clips} dev clips…</source>
        <translation>Réglage des poids du modèle de langue sur {clips} extraits de contrôle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greedy</source>
        <translation>sans modèle de langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beam search with hotwords</source>
        <translation>recherche en faisceau avec mots prioritaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: beam search with hotwords, no language model.</source>
        <translation>Décodage&#xa0;: recherche en faisceau avec mots prioritaires, sans modèle de langue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (no language model).</source>
        <translation>Décodage&#xa0;: sans modèle de langue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (the base model&apos;s own adapter).</source>
        <translation>Décodage&#xa0;: sans modèle de langue (l&apos;adaptateur propre au modèle de base).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (the base model&apos;s own output, zero-shot).</source>
        <translation>Décodage&#xa0;: sans modèle de langue (sortie propre au modèle de base, sans entraînement).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation>Adaptateur {lang} propre au modèle de base (s&apos;il en a un)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s own output (zero-shot)</source>
        <translation>Sortie propre au modèle de base (sans entraînement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No adapter trained yet: transcribing with the base model&apos;s own output (zero-shot).</source>
        <translation>Aucun adaptateur entraîné pour l&apos;instant&#xa0;: transcription avec la sortie propre au modèle de base (sans entraînement).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No adapter trained yet: transcribing with the base model&apos;s own adapter for “{language}”.</source>
        <translation>Aucun adaptateur entraîné pour l&apos;instant&#xa0;: transcription avec l&apos;adaptateur propre au modèle de base pour «&#xa0;{language}&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoding without the language model: {reason}</source>
        <translation>Décodage sans le modèle de langue&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding without the language model: it did not lower this adapter&apos;s dev error rates (use --lm to force it).</source>
        <translation>Décodage sans le modèle de langue&#xa0;: il n&apos;a pas réduit les taux d&apos;erreur de contrôle de cet adaptateur (utilisez --lm pour le forcer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoding: {decoder}.</source>
        <translation>Décodage&#xa0;: {decoder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order {order}, {words} words, from {sentences} sentences</source>
        <translation>ordre {order}, {words} mots, à partir de {sentences} phrases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tuned on the dev clips</source>
        <translation>réglé sur les extraits de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not tuned yet: default weights</source>
        <translation>pas encore réglé&#xa0;: poids par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned}) + {count} hotwords</source>
        <translation>modèle de langue ({model}&#xa0;; poids {alpha:g}, bonus par mot {beta:g}, {tuned}) + {count} mots prioritaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned})</source>
        <translation>modèle de langue ({model}&#xa0;; poids {alpha:g}, bonus par mot {beta:g}, {tuned})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1,162 languages with ready adapters</source>
        <translation>1 162 langues avec des adaptateurs prêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the slowest: about 12 s per training step on a 2-core laptop</source>
        <translation>le plus lent&#xa0;: environ 12 s par étape d&apos;entraînement sur un portable à 2 cœurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>317 M weights, 3× fewer than MMS 1B: faster training and transcription</source>
        <translation>317 M de poids, 3× moins que MMS 1B&#xa0;: entraînement et transcription plus rapides</translation>
    </message>
    <message>
        <source>the slowest: an adapter step on 4 × 5 s takes ~12 s on a 2-core laptop CPU</source>
        <translation type="vanished">le plus lent&#xa0;: une étape d&apos;adaptateur sur 4 × 5 s prend ~12 s sur le processeur à 2 cœurs d&apos;un portable</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>1,600+ languages (no ready adapters)</source>
        <translation>plus de 1 600 langues (pas d&apos;adaptateurs prêts)</translation>
    </message>
    <message>
        <source>317 M weights, 3× fewer than MMS 1B: faster training and transcription (bench/families.py measures both on this computer)</source>
        <translation type="vanished">317 M de poids, 3× moins que MMS 1B&#xa0;: entraînement et transcription plus rapides (bench/families.py mesure les deux sur cet ordinateur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about as heavy as MMS 1B (similar speed); more accurate than the 300M</source>
        <translation>à peu près aussi lourd que MMS 1B (vitesse semblable)&#xa0;; plus précis que le 300M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a model folder on this computer</source>
        <translation>un dossier de modèle sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a model from the Hub</source>
        <translation>un modèle du Hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depends on the model</source>
        <translation>dépend du modèle</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {field} of clip {clip}</source>
        <translation type="vanished">Modifier l&apos;extrait {clip} ({field})</translation>
    </message>
    <message>
        <location filename="../../mms_studio/gui/undo.py" line="+30"/>
        <source>Edit the transcript of {clip}</source>
        <translation>Modifier la transcription de {clip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the speaker of {clip}</source>
        <translation>Changer le locuteur de {clip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {clip} to another set</source>
        <translation>Mettre {clip} dans un autre groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of {clip}</source>
        <translation>Changer l&apos;état de {clip}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete {n} clip(s)</source>
        <translation>Supprimer {n} extrait(s)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change the language settings</source>
        <translation>Modifier les paramètres de langue</translation>
    </message>
</context>
</TS>
