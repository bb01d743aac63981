<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mms_studio/gui/app.py" line="+98"/>
        <location line="+43"/>
        <source>Cannot open this project</source>
        <translation>Não é possível abrir este projeto</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Opening {name}… — MMS Studio</source>
        <translation>Abrindo {name}… — MMS Studio</translation>
    </message>
</context>
<context>
    <name>BaseModelDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_model.py" line="+60"/>
        <source>The base model is needed</source>
        <translation>O modelo base é necessário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}” (about 4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues where it stopped — or choose a folder that already holds it.</source>
        <translation>Para treinar e transcrever, o MMS Studio precisa do modelo base MMS da Meta, “{base}” (cerca de 4 GB, licença CC-BY-NC 4.0). Baixe-o uma vez — um download interrompido continua de onde parou — ou escolha uma pasta que já o contenha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Escolher uma pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Mais tarde</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Downloading… time left {eta}</source>
        <translation>Baixando… tempo restante {eta}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The base model is ready.</source>
        <translation>✓ O modelo base está pronto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ The download failed; see the log file.</source>
        <translation>⚠ O download falhou; veja o arquivo de log.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder with the base model</source>
        <translation>Pasta com o modelo base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ That folder does not hold a model (config.json and model.safetensors are needed).</source>
        <translation>⚠ Essa pasta não contém um modelo (são necessários config.json e model.safetensors).</translation>
    </message>
</context>
<context>
    <name>ClipsModel</name>
    <message>
        <location filename="../../mms_studio/gui/models/clips_model.py" line="+38"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ ok</source>
        <translation>✓ ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ needs review</source>
        <translation>⚠ a revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ excluded</source>
        <translation>✗ deixado de fora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>🗑 deleted</source>
        <translation>🗑 apagado</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../mms_studio/gui/shell/crash.py" line="+56"/>
        <source>MMS Studio hit a problem</source>
        <translation>O MMS Studio encontrou um problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside MMS Studio.</source>
        <translation>Algo deu errado no MMS Studio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

The details are in the log file:
{path}</source>
        <translation>Suas gravações, transcrições e treinamentos concluídos são salvos enquanto você trabalha, por isso nada do que você terminou foi perdido. Você pode continuar trabalhando ou, por segurança, reiniciar o programa.

Os detalhes estão no arquivo de log:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open log folder</source>
        <translation>Abrir a pasta de log</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/dataset.py" line="+101"/>
        <source>Dataset</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add recordings with transcripts: audio files with .txt/.lab beside them, folders, ELAN, TextGrid, subtitles, CSV tables, Common Voice. You can also drop them here.</source>
        <translation>Adicione gravações com transcrições: arquivos de áudio com .txt/.lab ao lado, pastas, ELAN, TextGrid, legendas, tabelas CSV, Common Voice. Você também pode arrastá-los até aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by transcript, speaker or source</source>
        <translation>Filtrar por transcrição, falante ou origem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter clips</source>
        <translation>Filtrar trechos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the filter</source>
        <translation>Limpar o filtro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show clips with status</source>
        <translation>Mostrar trechos com a situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs review</source>
        <translation>a revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>deixado de fora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>apagado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show deleted</source>
        <translation>Mostrar apagados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete selected clips</source>
        <translation>Apagar os trechos selecionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected clips (Del); Ctrl+Z brings them back</source>
        <translation>Apagar os trechos selecionados (Del); Ctrl+Z os traz de volta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+175"/>
        <location line="+5"/>
        <source>Orthography report</source>
        <translation>Relatório ortográfico</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>List every character used in the transcripts, how often, and in which clips</source>
        <translation>Listar cada caractere usado nas transcrições, quantas vezes e em que trechos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clips</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mark as ok</source>
        <translation>Marcar como ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as needing review</source>
        <translation>Marcar como a revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude from training</source>
        <translation>Deixar de fora do treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the training set</source>
        <translation>Mover para os trechos de treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the dev set</source>
        <translation>Mover para os trechos de controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the test set</source>
        <translation>Mover para os trechos de teste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Play the selected clip</source>
        <translation>Ouvir o trecho selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the selected clip (Ctrl+Space)</source>
        <translation>Ouvir o trecho selecionado (Ctrl+Space)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a clip to see and hear it.</source>
        <translation>Selecione um trecho para vê-lo e ouvi-lo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stop import</source>
        <translation>Parar a importação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import report</source>
        <translation>Relatório da importação</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clips yet. Click Import… or drop recordings with their transcripts here — or record new ones on the Record page.</source>
        <translation>Ainda não há trechos. Clique em Importar… ou arraste até aqui gravações com suas transcrições — ou grave novas na página Gravar.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>delete the selected clips</source>
        <translation>apagar os trechos selecionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play the selected clip</source>
        <translation>ouvir o trecho selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the selected transcript</source>
        <translation>editar a transcrição selecionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter clips</source>
        <translation>filtrar trechos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>importing recordings</source>
        <translation>importando gravações</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clips: {clips} · speech: {minutes:.1f} min · speakers: {speakers} · splits: {splits}</source>
        <translation>Trechos: {clips} · fala: {minutes:.1f} min · falantes: {speakers} · grupos: {splits}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>ainda nenhum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This version of MMS Studio cannot make the report yet.</source>
        <translation>Esta versão do MMS Studio ainda não consegue fazer o relatório.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{id} · {seconds:.1f} s · {speaker} — {text}</source>
        <translation>{id} · {seconds:.1f} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown speaker</source>
        <translation>falante desconhecido</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot play this clip</source>
        <translation>Não é possível ouvir este trecho</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>The change was not made</source>
        <translation>A alteração não foi feita</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleted {n} clip(s). Undo with Ctrl+Z.</source>
        <translation>{n} trecho(s) apagado(s). Desfaça com Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import recordings and transcripts</source>
        <translation>Importar gravações e transcrições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings and transcripts (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;All files (*)</source>
        <translation>Gravações e transcrições (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import already running</source>
        <translation>Já há uma importação em andamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the current import to finish, or stop it first.</source>
        <translation>Espere a importação atual terminar ou pare-a antes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopping after the current clip…</source>
        <translation>Parando após o trecho atual…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped  {where}: {reason}</source>
        <translation>ignorado  {where}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported {source} ({seconds:.1f} s)</source>
        <translation>importado {source} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../mms_studio/gui/recording/meter.py" line="+26"/>
        <location line="+19"/>
        <source>silence</source>
        <translation>silêncio</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Input level</source>
        <translation>Nível de entrada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ Too loud!</source>
        <translation>⚠ Alto demais!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level ok</source>
        <translation>nível ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet</source>
        <translation>baixo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mms_studio/gui/main_window.py" line="+60"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcribe</source>
        <translation>Transcrever</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opening the project…</source>
        <translation>Abrindo o projeto…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every change is saved as you make it.</source>
        <translation>Cada alteração é salva assim que você a faz.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name} ({language}) — MMS Studio</source>
        <translation>{name} ({language}) — MMS Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} take(s) cut short by a crash were kept; review them on the Record page</source>
        <translation>Mantivemos {n} tomada(s) interrompida(s) por uma falha; revise-as na página Gravar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import recordings…</source>
        <translation>&amp;Importar gravações…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {page} page</source>
        <translation>Ir para a página {page}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Aparência</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir a pasta de &amp;log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MMS Studio</source>
        <translation>&amp;Sobre o MMS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma da interface</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new interface language shows in full the next time MMS Studio starts.</source>
        <translation>O novo idioma da interface aparecerá por completo na próxima vez que o MMS Studio for aberto.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>About MMS Studio</source>
        <translation>Sobre o MMS Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio {version}. Trains small adapters for Meta&apos;s MMS speech model (facebook/mms-1b-all, licensed CC-BY-NC 4.0: adapters you train inherit that licence). Log file: {log}</source>
        <translation>MMS Studio {version}. Treina pequenos adaptadores para o modelo de fala MMS da Meta (facebook/mms-1b-all, licença CC-BY-NC 4.0: os adaptadores que você treinar herdam essa licença). Arquivo de log: {log}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open project folder</source>
        <translation>Abrir a pasta do projeto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a background job</source>
        <translation>uma tarefa em segundo plano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop and close?</source>
        <translation>Parar e fechar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio is still busy with: {jobs}. Closing stops it; what is already finished is kept.</source>
        <translation>O MMS Studio ainda está ocupado com: {jobs}. Fechar interrompe o trabalho; o que já terminou é mantido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and close</source>
        <translation>Parar e fechar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep working</source>
        <translation>Continuar trabalhando</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+54"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Abui stories</source>
        <translation>ex.: Histórias em abui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 639-3 code, e.g. abz</source>
        <translation>código ISO 639-3, ex.: abz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose folder</source>
        <translation>Escolher pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder that will hold the project</source>
        <translation>Escolha a pasta que vai conter o projeto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Project &amp;name:</source>
        <translation>&amp;Nome do projeto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language code:</source>
        <translation>Código do &amp;idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it &amp;in:</source>
        <translation>&amp;Salvar em:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create project</source>
        <translation>Criar projeto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the project a name.</source>
        <translation>Dê um nome ao projeto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the language&apos;s ISO 639-3 code (two or three small letters).</source>
        <translation>Digite o código ISO 639-3 do idioma (duas ou três letras minúsculas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder to keep the project in.</source>
        <translation>Escolha uma pasta onde salvar o projeto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with this name already exists there; choose another name.</source>
        <translation>Já existe aí uma pasta com este nome; escolha outro nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project will be saved in: {path}</source>
        <translation>O projeto será salvo em: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep projects in</source>
        <translation>Salvar os projetos em</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/record.py" line="+58"/>
        <location line="+68"/>
        <location line="+265"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>who is speaking (name or code)</source>
        <translation>quem fala (nome ou código)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open prompts…</source>
        <translation>Abrir frases para ler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A text file with one sentence per line</source>
        <translation>Um arquivo de texto com uma frase por linha</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+236"/>
        <source>Free recording</source>
        <translation>Gravação livre</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Record without prompts and type what was said</source>
        <translation>Gravar sem frases para ler e digitar o que foi dito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Falante:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look for microphones again</source>
        <translation>Procurar microfones de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for microphones again (after plugging one in)</source>
        <translation>Procurar microfones de novo (depois de conectar um)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microfone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts:</source>
        <translation>Frases para ler:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>what is said in the take</source>
        <translation>o que é dito na tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript of the take</source>
        <translation>Transcrição da tomada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play take</source>
        <translation>Ouvir a tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record again</source>
        <translation>Gravar de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and next</source>
        <translation>Aceitar e próxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press Record (Ctrl+R) and read the sentence.</source>
        <translation>Pressione Gravar (Ctrl+R) e leia a frase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review recovered take</source>
        <translation>Revisar a tomada recuperada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Transcript:</source>
        <translation>&amp;Transcrição:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>start or stop recording</source>
        <translation>começar ou parar de gravar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play or stop the take</source>
        <translation>ouvir ou parar a tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the sentence again</source>
        <translation>gravar a frase de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accept the take and go to the next sentence</source>
        <translation>aceitar a tomada e ir para a próxima frase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip to the next sentence</source>
        <translation>pular para a próxima frase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go back to the previous sentence</source>
        <translation>voltar à frase anterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording a take</source>
        <translation>gravando uma tomada</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>⚠ No microphone found. Plug one in and come back to this page.</source>
        <translation>⚠ Nenhum microfone encontrado. Conecte um e volte a esta página.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Microphone not changed</source>
        <translation>O microfone não foi mudado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open prompts</source>
        <translation>Abrir frases para ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use these prompts</source>
        <translation>Não é possível usar estas frases para ler</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {n} sentences are done.</source>
        <translation>As {n} frases foram concluídas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished! Open another prompts file or record freely.</source>
        <translation>✓ Concluído! Abra outro arquivo de frases ou grave livremente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentence {i} of {n}</source>
        <translation>Frase {i} de {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say anything, then type what you said below.</source>
        <translation>Diga o que quiser e depois digite abaixo o que disse.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Recording… press Stop (Ctrl+R) when done.</source>
        <translation>● Gravando… pressione Parar (Ctrl+R) ao terminar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing the take…</source>
        <translation>Finalizando a tomada…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>● Recording… {s:.1f} s — press Stop (Ctrl+R) when done.</source>
        <translation>● Gravando… {s:.1f} s — pressione Parar (Ctrl+R) ao terminar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>⚠ The take could not be saved: {error}</source>
        <translation>⚠ Não foi possível salvar a tomada: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, or record again.</source>
        <translation>✓ Boa tomada ({s:.1f} s). Aceite com Ctrl+Enter ou grave de novo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot play the take</source>
        <translation>Não é possível ouvir a tomada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type what was said</source>
        <translation>Digite o que foi dito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what is said in the take before accepting it.</source>
        <translation>Digite o que é dito na tomada antes de aceitá-la.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The take was not added</source>
        <translation>A tomada não foi adicionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added clip {id}.</source>
        <translation>Trecho {id} adicionado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Added. Press Record (Ctrl+R) for the next one.</source>
        <translation>✓ Adicionado. Pressione Gravar (Ctrl+R) para a próxima.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ {n} take(s) were being recorded when MMS Studio stopped unexpectedly; they were kept.</source>
        <translation>⚠ O MMS Studio parou inesperadamente durante a gravação de {n} tomada(s); elas foram mantidas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovered take {name} ({s:.1f} s): play it, type what is said and accept it.</source>
        <translation>Tomada recuperada {name} ({s:.1f} s): ouça, digite o que é dito e aceite.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/settings.py" line="+54"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation>O código do idioma é fixado quando o projeto é criado; os adaptadores são treinados e nomeados para ele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language code:</source>
        <translation>Código do idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model:</source>
        <translation>Modelo base:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore upper/lower case (only if case carries no meaning in this language)</source>
        <translation>Ignorar maiúsculas/minúsculas (só se não tiverem significado neste idioma)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra characters to drop, e.g. * # …</source>
        <translation>caracteres a mais a retirar, ex.: * # …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation>pontuação que aqui é uma letra, ex.: &apos; ʼ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation>letras escritas em grupo, ex.: ng ch kp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation>uma por linha: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacements</source>
        <translation>Substituições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How transcripts become training text</source>
        <translation>Como as transcrições viram texto de treinamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove:</source>
        <translation>&amp;Retirar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as letters:</source>
        <translation>&amp;Manter como letras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multigraphs:</source>
        <translation>M&amp;ultígrafos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplacements:</source>
        <translation>Su&amp;bstituições:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type a sentence to see what the model learns</source>
        <translation>digite uma frase para ver o que o modelo aprende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sample:</source>
        <translation>E&amp;xemplo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned as:</source>
        <translation>Aprendido como:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Salvar as configurações</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Settings not saved</source>
        <translation>As configurações não foram salvas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Saved.</source>
        <translation>✓ Salvo.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/train.py" line="+65"/>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking this computer…</source>
        <translation>Verificando este computador…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training preset</source>
        <translation>Predefinição de treinamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced settings</source>
        <translation>Configurações avançadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>from the preset</source>
        <translation>da predefinição</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recipe default (0.001)</source>
        <translation>valor padrão (0.001)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fit to memory</source>
        <translation>ajustar à memória</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training steps:</source>
        <translation>Passos de treinamento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check on dev clips every:</source>
        <translation>Verificar nos trechos de controle a cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate:</source>
        <translation>Taxa de aprendizado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per batch:</source>
        <translation>Segundos de áudio por lote:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start training</source>
        <translation>Iniciar o &amp;treinamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop; the progress is saved and can be resumed</source>
        <translation>Parar; o progresso é salvo e pode ser retomado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume stopped run</source>
        <translation>&amp;Retomar treinamento interrompido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preset:</source>
        <translation>Pre&amp;definição:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running.</source>
        <translation>Nenhum treinamento em andamento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loss and error-rate curves appear here while training.</source>
        <translation>As curvas de perda e de taxa de erro aparecem aqui durante o treinamento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training log</source>
        <translation>Log do treinamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adapter library</source>
        <translation>Biblioteca de adaptadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev CER</source>
        <translation>CER controle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev WER</source>
        <translation>WER controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s CER</source>
        <translation>CER do modelo base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation>Os mesmos trechos de controle transcritos pelo adaptador próprio do modelo base para este idioma, quando houver (— quando não houver)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adapter library (this project)</source>
        <translation>Biblioteca de adaptadores (este projeto)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not check this computer&apos;s hardware.</source>
        <translation>Não foi possível verificar o hardware deste computador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training an adapter</source>
        <translation>treinamento de um adaptador</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to resume</source>
        <translation>Nada para retomar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no stopped training run to continue.</source>
        <translation>Não há nenhum treinamento interrompido para continuar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resuming {run}</source>
        <translation>Retomando {run}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting a new training run.</source>
        <translation>Iniciando um novo treinamento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping after the current step; progress is saved…</source>
        <translation>Parando após o passo atual; o progresso é salvo…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>time left: {eta}</source>
        <translation>tempo restante: {eta}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} clip(s) left out (too long, or too short for their transcript).</source>
        <translation>{n} trecho(s) deixado(s) de fora (longo demais, ou curto demais para a transcrição).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step {step}: dev loss {loss:.3f}, WER {wer}, CER {cer}</source>
        <translation>passo {step}: perda de controle {loss:.3f}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {step}: loss {loss:.3f}</source>
        <translation>passo {step}: perda {loss:.3f}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own adapter: CER {base}.</source>
        <translation>Concluído: adaptador {name}, CER de controle {cer}; adaptador próprio do modelo base: CER {base}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished: adapter {name}, dev CER {cer}.</source>
        <translation>Concluído: adaptador {name}, CER de controle {cer}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished. The adapter is in the library below and on the Transcribe page.</source>
        <translation>✓ Concluído. O adaptador está na biblioteca abaixo e na página Transcrever.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped. {reason}</source>
        <translation>Parado. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training could not run</source>
        <translation>Não foi possível fazer o treinamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Training failed unexpectedly; see the log file.</source>
        <translation>⚠ O treinamento falhou inesperadamente; veja o arquivo de log.</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../mms_studio/gui/plots/curves.py" line="+30"/>
        <source>Loss (lower is better)</source>
        <translation>Perda (quanto menor, melhor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rates on dev clips (%)</source>
        <translation>Taxas de erro nos trechos de controle (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training</source>
        <translation>treinamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dev</source>
        <translation>controle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WER (words)</source>
        <translation>WER (palavras)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CER (characters)</source>
        <translation>CER (caracteres)</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/transcribe.py" line="+62"/>
        <source>Transcribe</source>
        <translation>Transcrever</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open audio…</source>
        <translation>A&amp;brir áudio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+183"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Record something to transcribe</source>
        <translation>Gravar algo para transcrever</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transcribe</source>
        <translation>&amp;Transcrever</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adapter:</source>
        <translation>Adaptador:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop a recording here, open one, or record.</source>
        <translation>Arraste uma gravação até aqui, abra uma ou grave.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shaded and underlined words are the ones the model is least sure of. Click a word to hear it.</source>
        <translation>As palavras sombreadas e sublinhadas são as menos seguras para o modelo. Clique em uma palavra para ouvi-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments, least confident first</source>
        <translation>Segmentos, os menos seguros primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (edit to correct)</source>
        <translation>Texto (edite para corrigir)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add checked segments to the dataset</source>
        <translation>A&amp;dicionar os segmentos marcados aos dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected segments become training clips; train again to improve the recogniser</source>
        <translation>Os segmentos corrigidos viram trechos de treinamento; treine de novo para melhorar o reconhecedor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>transcribing</source>
        <translation>transcrevendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>gravando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a word</source>
        <translation>Clicar em uma palavra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that word</source>
        <translation>ouvir essa palavra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a segment</source>
        <translation>Clicar duas vezes em um segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that segment</source>
        <translation>ouvir esse segmento</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation>Adaptador {lang} próprio do modelo base (se houver)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export as {format}</source>
        <translation>Exportar como {format}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the transcript as {format}</source>
        <translation>Salvar a transcrição como {format}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a recording</source>
        <translation>Abrir uma gravação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation>Áudio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot use this recording</source>
        <translation>Não é possível usar esta gravação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {seconds:.1f} s</source>
        <translation>{name} — {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot record</source>
        <translation>Não é possível gravar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop recording</source>
        <translation>Parar a gravação</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{n} segment(s) so far…</source>
        <translation>{n} segmento(s) até agora…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transcription could not run</source>
        <translation>Não foi possível fazer a transcrição</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was recognised. Type what is said in the row below and add it to the dataset: that is how the recogniser learns.</source>
        <translation>Nada foi reconhecido. Digite o que é dito na linha abaixo e adicione aos dados: é assim que o reconhecedor aprende.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} segment(s). Correct the least confident ones first, then add them to the dataset.</source>
        <translation>{n} segmento(s). Corrija primeiro os menos seguros e depois adicione-os aos dados.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— nothing recognised</source>
        <translation>— nada reconhecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚠ low</source>
        <translation> ⚠ baixa</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;i&gt;(nothing recognised: type what is said in the table below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(nada reconhecido: digite o que é dito na tabela abaixo)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(no speech found)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(nenhuma fala encontrada)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot play</source>
        <translation>Não é possível ouvir</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{at}: type what is said first.</source>
        <translation>{at}: digite primeiro o que é dito.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some segments were not added</source>
        <translation>Alguns segmentos não foram adicionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {n} clip(s) to the dataset. Train again to improve the recogniser.</source>
        <translation>{n} trecho(s) adicionado(s) aos dados. Treine de novo para melhorar o reconhecedor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export transcript</source>
        <translation>Exportar a transcrição</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Salvo: {path}</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../mms_studio/gui/plots/waveform.py" line="+55"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+32"/>
        <source>Welcome — MMS Studio</source>
        <translation>Boas-vindas — MMS Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn your community&apos;s recordings into a speech recogniser for your language.</source>
        <translation>Transforme as gravações da sua comunidade em um reconhecedor de fala para o seu idioma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects you open will be listed here.</source>
        <translation>Os projetos que você abrir aparecem aqui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent projects</source>
        <translation>Projetos &amp;recentes</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open project folder</source>
        <translation>Abrir a pasta do projeto</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../mms_studio/gui/undo.py" line="+31"/>
        <source>Edit {field} of clip {clip}</source>
        <translation>Editar {field} do trecho {clip}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete {n} clip(s)</source>
        <translation>Apagar {n} trecho(s)</translation>
    </message>
</context>
</TS>
